package cn.ecc.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The intake baseline: what a filing writes, done with plain JDBC in one transaction per case, the least any
 * implementation of filing must do. It does what {@code JpaCaseService.file} does in SQL: refuse a duplicate
 * filing reference, lock the year's counter row ({@code FOR UPDATE WITH RS}, as EclipseLink's pessimistic lock
 * on Derby), take the next number, insert the case and its parties, write the counter back, commit.
 */
public final class BaselineFiling implements AutoCloseable {

    static final String INSERT_CASE = "INSERT INTO ECC_CASE (VERSION, CASE_NO, CASE_YEAR, COURT_CODE, CASE_TYPE, SEQ,"
            + " STATUS, CAUSE, BASIS, AMOUNT, FILED_ON, NON_LITIGATION, HANDLER, FILING_REF, KEY_CASE, KEY_CATEGORY,"
            + " CLOSING_TYPE, CLOSED_ON, CREATED_BY, CREATED_AT, UPDATED_AT)"
            + " VALUES (1, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?, 0, NULL, ?, 0, NULL, NULL, NULL, 'bench', ?, ?)";
    static final String INSERT_PARTY = "INSERT INTO ECC_PARTY (CASE_ID, SIDE, POSITION, KIND, NAME, ID_NUMBER, PHONE,"
            + " ADDRESS) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection c;
    private final PreparedStatement duplicate;
    private final PreparedStatement lockCounter;
    private final PreparedStatement insertCase;
    private final PreparedStatement insertParty;
    private final PreparedStatement updateCounter;

    public BaselineFiling(Connection c) throws SQLException {
        this.c = c;
        duplicate = c.prepareStatement("SELECT CASE_NO FROM ECC_CASE WHERE FILING_REF = ?");
        lockCounter = c.prepareStatement(
                "SELECT COUNTER_KEY, LAST_SEQ FROM ECC_CASE_COUNTER WHERE COUNTER_KEY = ? FOR UPDATE WITH RS");
        insertCase = c.prepareStatement(INSERT_CASE, Statement.RETURN_GENERATED_KEYS);
        insertParty = c.prepareStatement(INSERT_PARTY);
        updateCounter = c.prepareStatement("UPDATE ECC_CASE_COUNTER SET LAST_SEQ = ? WHERE COUNTER_KEY = ?");
    }

    /** Creates the year's counter row if missing, as the service does once, outside the filing transaction. */
    public static void ensureCounter(Connection c, String key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM ECC_CASE_COUNTER WHERE COUNTER_KEY = ?")) {
            q.setString(1, key);
            try (ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    c.commit();
                    return;
                }
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO ECC_CASE_COUNTER (COUNTER_KEY, LAST_SEQ) VALUES (?, 0)")) {
            ins.setString(1, key);
            ins.executeUpdate();
        }
        c.commit();
    }

    /** Files one case; returns its sequence number. */
    public int file(Cases.CaseData d, int year, String courtCode, LocalDate today) throws SQLException {
        String key = year + "|" + courtCode + "|" + d.type();
        try {
            duplicate.setString(1, d.filingReference());
            try (ResultSet r = duplicate.executeQuery()) {
                if (r.next()) {
                    throw new SQLException("duplicate filing reference " + d.filingReference());
                }
            }
            lockCounter.setString(1, key);
            int seq;
            try (ResultSet r = lockCounter.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("no counter " + key);
                }
                seq = r.getInt(2) + 1;
            }
            byte[] now = Db.serialized(Instant.now());
            bindCase(insertCase, d, year, courtCode, seq, today, now);
            insertCase.executeUpdate();
            long id;
            try (ResultSet k = insertCase.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
            }
            bindParties(insertParty, id, d, false);
            updateCounter.setInt(1, seq);
            updateCounter.setString(2, key);
            updateCounter.executeUpdate();
            c.commit();
            return seq;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    static void bindCase(PreparedStatement p, Cases.CaseData d, int year, String courtCode, int seq, LocalDate filedOn,
            byte[] timestamp) throws SQLException {
        p.setString(1, "(" + year + ")" + courtCode + "执" + seq + "号");
        p.setInt(2, year);
        p.setString(3, courtCode);
        p.setString(4, d.type());
        p.setInt(5, seq);
        p.setString(6, d.cause());
        p.setString(7, d.basis());
        p.setBigDecimal(8, d.amount());
        p.setDate(9, java.sql.Date.valueOf(filedOn));
        p.setString(10, d.filingReference());
        p.setBytes(11, timestamp);
        p.setBytes(12, timestamp);
    }

    /** Inserts the parties one by one (a filing's way), or adds them to the batch. */
    static void bindParties(PreparedStatement p, long caseId, Cases.CaseData d, boolean batch) throws SQLException {
        int position = 0;
        List<List<Cases.PartyData>> sides = List.of(d.applicants(), d.respondents());
        for (int s = 0; s < sides.size(); s++) {
            for (Cases.PartyData party : sides.get(s)) {
                p.setLong(1, caseId);
                p.setString(2, s == 0 ? "APPLICANT" : "RESPONDENT");
                p.setInt(3, position++);
                p.setString(4, party.kind());
                p.setString(5, party.name());
                p.setString(6, party.idNumber());
                p.setString(7, party.phone());
                p.setString(8, party.address());
                if (batch) {
                    p.addBatch();
                } else {
                    p.executeUpdate();
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            c.rollback();
        } finally {
            c.close();
        }
    }
}
