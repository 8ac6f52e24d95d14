package cn.ecc.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Embedded Derby in the harness's JVM: the baseline database, and direct reads and bulk loads of a stopped
 * instance's database. Derby allows one JVM per database, so an instance's database is opened only while the
 * instance is stopped, and {@link #shutdown} releases it before the instance starts again.
 */
public final class Db {

    private Db() {
    }

    public static Connection open(Path database) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath());
        c.setAutoCommit(false);
        return c;
    }

    /** Work on an open connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws Exception;
    }

    /**
     * Opens the database, runs the work and commits it (rolls back on failure), closes the connection and shuts
     * the database down in this JVM, so that an instance can open it next.
     */
    public static <T> T with(Path database, Work<T> work) throws Exception {
        try (Connection c = open(database)) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Exception | Error e) {
                c.rollback();
                throw e;
            }
        } finally {
            shutdown(database);
        }
    }

    /** Closes the database in this JVM, so that another JVM (the instance) can open it. */
    public static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException e) {
            // 08006 is Derby's "database shut down", the expected answer; XJ004 "not booted" is fine too
            if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
                throw new IllegalStateException("could not shut down " + database, e);
            }
        }
    }

    public static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Every row of every application table (all schemas but Derby's own), by table and primary key, as a hash
     * of the row's values: two snapshots tell exactly which rows were added, removed or changed.
     */
    public static Map<String, Map<String, String>> snapshot(Connection c) throws SQLException {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        DatabaseMetaData m = c.getMetaData();
        List<String[]> names = new ArrayList<>();
        try (ResultSet t = m.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (t.next()) {
                if (!t.getString("TABLE_SCHEM").startsWith("SYS")) {
                    names.add(new String[] {t.getString("TABLE_SCHEM"), t.getString("TABLE_NAME")});
                }
            }
        }
        for (String[] n : names) {
            List<String> keys = new ArrayList<>();
            try (ResultSet pk = m.getPrimaryKeys(null, n[0], n[1])) {
                while (pk.next()) {
                    keys.add(pk.getString("COLUMN_NAME"));
                }
            }
            Map<String, String> rows = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT * FROM \"" + n[0] + "\".\"" + n[1] + "\"")) {
                ResultSetMetaData md = r.getMetaData();
                int row = 0;
                while (r.next()) {
                    MessageDigest d = sha256();
                    StringBuilder key = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        byte[] v = valueBytes(r, i, md.getColumnType(i));
                        d.update(v == null ? new byte[] {0} : v);
                        d.update((byte) 0x1f);
                        if (keys.contains(md.getColumnName(i))) {
                            key.append(r.getString(i)).append('|');
                        }
                    }
                    // a table without a primary key is compared as a multiset of rows
                    String k = keys.isEmpty() ? "#" + row++ : key.toString();
                    rows.put(k, java.util.HexFormat.of().formatHex(d.digest()));
                }
            }
            tables.put(n[0] + "." + n[1], rows);
        }
        return tables;
    }

    private static byte[] valueBytes(ResultSet r, int column, int type) throws SQLException {
        return switch (type) {
            case java.sql.Types.BLOB, java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY ->
                r.getBytes(column);
            default -> {
                String v = r.getString(column);
                yield v == null ? null : v.getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** How many rows differ between two snapshots: added, removed or changed, in every table. */
    public static long rowsChanged(Map<String, Map<String, String>> before, Map<String, Map<String, String>> after) {
        long changed = 0;
        java.util.Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String t : tables) {
            Map<String, String> b = before.getOrDefault(t, Map.of());
            Map<String, String> a = after.getOrDefault(t, Map.of());
            if (b.keySet().stream().anyMatch(k -> k.startsWith("#")) || a.keySet().stream().anyMatch(k -> k.startsWith("#"))) {
                List<String> bv = new ArrayList<>(b.values());
                List<String> av = new ArrayList<>(a.values());
                List<String> common = new ArrayList<>(bv);
                common.retainAll(av);
                changed += bv.size() - common.size() + av.size() - common.size();
                continue;
            }
            for (Map.Entry<String, String> e : b.entrySet()) {
                if (!e.getValue().equals(a.get(e.getKey()))) {
                    changed++;
                }
            }
            changed += a.keySet().stream().filter(k -> !b.containsKey(k)).count();
        }
        return changed;
    }

    /**
     * Writes cases and their parties straight into a stopped instance's database, as filings of {@code year}
     * would have (numbers 1..n of that year's counter), in batches: for the figures that need a large database
     * without filing it through the API for hours.
     */
    public static void bulkCases(Connection c, Cases cases, int count, int year, String courtCode) throws SQLException {
        String counterKey = year + "|" + courtCode + "|FIRST";
        int start = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT LAST_SEQ FROM ECC_CASE_COUNTER WHERE COUNTER_KEY = ?")) {
            q.setString(1, counterKey);
            try (ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    start = r.getInt(1);
                }
            }
        }
        java.sql.Timestamp stamp = java.sql.Timestamp.from(Instant.now());
        int chunk = 1000;
        try (PreparedStatement insCase = c.prepareStatement(BaselineFiling.INSERT_CASE);
                PreparedStatement ids = c.prepareStatement(
                        "SELECT ID, SEQ FROM ECC_CASE WHERE CASE_YEAR = ? AND COURT_CODE = ? AND CASE_TYPE = 'FIRST'"
                                + " AND SEQ BETWEEN ? AND ?");
                PreparedStatement insParty = c.prepareStatement(BaselineFiling.INSERT_PARTY)) {
            for (int from = 0; from < count; from += chunk) {
                int to = Math.min(count, from + chunk);
                Map<Integer, Cases.CaseData> bySeq = new HashMap<>();
                for (int n = from; n < to; n++) {
                    int seq = start + n + 1;
                    Cases.CaseData d = cases.get(n);
                    bySeq.put(seq, d);
                    BaselineFiling.bindCase(insCase, d, year, courtCode, seq, java.time.LocalDate.of(year, 1 + n % 12,
                            1 + n % 28), stamp, "bench-bulk");
                    insCase.addBatch();
                }
                insCase.executeBatch();
                ids.setInt(1, year);
                ids.setString(2, courtCode);
                ids.setInt(3, start + from + 1);
                ids.setInt(4, start + to);
                try (ResultSet r = ids.executeQuery()) {
                    while (r.next()) {
                        Cases.CaseData d = bySeq.get(r.getInt(2));
                        BaselineFiling.bindParties(insParty, r.getLong(1), d, true);
                    }
                }
                insParty.executeBatch();
                c.commit();
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE ECC_CASE_COUNTER SET LAST_SEQ = ? WHERE COUNTER_KEY = ?")) {
            up.setInt(1, start + count);
            up.setString(2, counterKey);
            if (up.executeUpdate() == 0) {
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO ECC_CASE_COUNTER (COUNTER_KEY, LAST_SEQ) VALUES (?, ?)")) {
                    ins.setString(1, counterKey);
                    ins.setInt(2, start + count);
                    ins.executeUpdate();
                }
            }
        }
        c.commit();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
