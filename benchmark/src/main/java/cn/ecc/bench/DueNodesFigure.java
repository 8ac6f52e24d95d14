package cn.ecc.bench;

import static cn.ecc.bench.Report.fmt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Figure 2: the first page of {@code GET /api/nodes?state=due-soon} with a million nodes in the database, against
 * the same SQL over JDBC. The nodes are written with JDBC into the stopped instance's database ({@link #load}); the
 * direct side then runs, on that database in the harness's JVM, the two statements the platform sends for the page
 * (read from Derby's statement log): the count and the page itself, {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY},
 * with the same parameters. Blocks of direct and API rounds alternate (each switch is a stop or a start of the
 * instance, since Derby opens a database in one JVM at a time).
 */
final class DueNodesFigure {

    static final String PATH = "/api/nodes?state=due-soon";
    /** The platform's search for open nodes names its indexes (cn.ecc.core.internal.nodes.OpenNodeSearch). */
    static final String WHERE = "\nWHERE DONE = ? AND WARN_AT <= ? AND DUE_AT >= ?";
    static final String COUNT = "SELECT COUNT(*) FROM ECC_NODE --DERBY-PROPERTIES index=IX_NODE_OPEN_WARN" + WHERE;
    static final String PAGE = "SELECT * FROM ECC_NODE --DERBY-PROPERTIES index=IX_NODE_OPEN_DUE" + WHERE
            + " ORDER BY DUE_AT, ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    /** The page size the API answers without a limit parameter. */
    static final int PAGE_SIZE = 20;
    /**
     * Untimed rounds before each block's timed ones, the same rule on each side: until steady ({@link WarmUp}). The
     * API side is measured right after its instance starts (Derby opens a database in one JVM at a time) while the
     * direct side runs in the harness's JVM, whose Derby code has just written the million nodes and ran the blocks
     * before. A fixed count did not serve: on a development instance the API side's median was 5.6 ms over its
     * requests 1,500 to 3,000 after the start and 3.1 ms after 15,000 (the request path was still being compiled);
     * a server that answers the board all day runs at the latter.
     */
    static WarmUp warmUp(Settings s) {
        return s.full() ? new WarmUp(500, 3_000, 20_000) : new WarmUp(25, 30, 300);
    }

    /** Shares of the loaded nodes: most are done, as in a court's database after some years. */
    static final double DONE = 0.90;
    static final double DUE_SOON = 0.01;
    static final double OVERDUE = 0.01;
    /** No loaded node crosses a warning or due line within this many hours, so the warning scan has nothing to do. */
    static final int MARGIN_HOURS = 6;

    private static final String[] TYPES = {"point-inquiry", "property-investigation", "verify-property-lead",
        "renew-freeze", "start-pricing", "auction-announcement", "pay-out", "detention-end", "archive-case", "case-term"};
    private static final String[] PEOPLE = {"chenlin", "hejing", "luoping", "songyu", "caoyang", null, null};

    private DueNodesFigure() {
    }

    static void run(Bench b) throws Exception {
        Settings s = b.settings;
        b.eccUp();
        Api api = b.api();
        Api.Reply probe = api.get(PATH + "&limit=1");
        if (probe.status() != 200) {
            throw new IllegalStateException("GET " + PATH + ": " + probe.status() + " " + probe.body());
        }
        if (b.filed.isEmpty()) {
            // the nodes belong to cases; one filing also creates the node tables
            b.learnFromFiling(api.post("/api/cases", new Cases(b.seed, "nodes").get(0).json()));
        }
        b.ecc.stop();
        long[] loaded = Db.with(b.ecc.database(), c -> load(c, b.seed, s.dueNodes()));
        Bench.log("due nodes: " + String.format("%,d", loaded[0]) + " nodes in the database (" + String.format("%,d",
                loaded[1]) + " written in " + fmt(loaded[2] / 1000.0, 1) + " s)");

        List<Double> direct = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        List<Integer> directWarm = new ArrayList<>();
        List<Integer> apiWarm = new ArrayList<>();
        long dueSoon = -1;
        int blocks = s.full() ? 2 : 1;
        int perBlock = Math.max(1, s.queryRounds() / blocks);
        for (int block = 0; block < blocks; block++) {
            dueSoon = Db.with(b.ecc.database(), c -> {
                try (DirectRound round = new DirectRound(c)) {
                    directWarm.add(warmUp(s).run(round::run));
                    for (int i = 0; i < perBlock; i++) {
                        direct.add(round.run());
                    }
                    return round.total;
                }
            });
            b.eccUp();
            Api reader = b.api();
            WarmUp.Round request = () -> {
                long t0 = System.nanoTime();
                Api.Reply r = reader.get(PATH);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (r.status() != 200) {
                    throw new IllegalStateException("GET " + PATH + ": " + r.status() + " " + r.body());
                }
                return ms;
            };
            apiWarm.add(warmUp(s).run(request));
            for (int i = 0; i < perBlock; i++) {
                rest.add(request.run());
            }
            b.ecc.stop();
            Bench.log("due nodes block " + (block + 1) + ": API median " + fmt(Stats.median(rest), 1) + " ms after "
                    + apiWarm.get(block) + " untimed requests, direct " + fmt(Stats.median(direct), 1) + " ms after "
                    + directWarm.get(block) + " untimed rounds");
        }
        double api2 = Stats.median(rest);
        double jdbc = Stats.median(direct);
        double ratio = api2 / jdbc;
        boolean met = api2 <= 50 && ratio <= 2;
        b.report.add(new Report.Row("2 Due-node query (" + String.format("%,d", loaded[0]) + " nodes)",
                "median " + fmt(api2, 1) + " ms, p99 " + fmt(Stats.p99(rest), 1) + " ms",
                "median " + fmt(jdbc, 1) + " ms, p99 " + fmt(Stats.p99(direct), 1) + " ms",
                fmt(ratio, 2) + "×", "median ≤ 50 ms and ≤ 2× direct SQL", met ? Report.Verdict.MET : Report.Verdict.MISSED));
        b.report.note("Due-node query (2): " + String.format("%,d", loaded[0]) + " nodes (" + pct(DONE) + " done, "
                + pct(DUE_SOON) + " due soon, " + pct(OVERDUE) + " overdue, the rest open and not yet due soon; "
                + String.format("%,d", dueSoon) + " due soon when measured), written with JDBC into the stopped "
                + "instance's database, index statistics then updated (SYSCS_UPDATE_STATISTICS). ECC: `GET " + PATH
                + "` as a clerk (first page of " + PAGE_SIZE + ", with the total), " + rest.size() + " timed requests ("
                + rest.size() / blocks + " per block). Direct: the platform's two statements for that page (count, "
                + "then the page with OFFSET/FETCH) over embedded JDBC on the same database, " + direct.size()
                + " timed rounds; " + blocks + " block(s) per side, alternating. Before each block's timed rounds each "
                + "side ran untimed ones until steady (in windows of rounds, until a window's median was no more than "
                + fmt(WarmUp.GAIN * 100, 0) + " % below that of the window " + WarmUp.SPAN + " before it): API "
                + apiWarm + ", direct " + directWarm + " rounds.");
    }

    private static String pct(double share) {
        return fmt(share * 100, 0) + " %";
    }

    /** One count-and-page round over JDBC, as the platform sends it for the first page. */
    static final class DirectRound implements AutoCloseable {

        private final Connection c;
        private final PreparedStatement count;
        private final PreparedStatement page;
        /** Nodes due soon, by the last round's count. */
        long total = -1;

        DirectRound(Connection c) throws SQLException {
            this.c = c;
            this.count = c.prepareStatement(COUNT);
            this.page = c.prepareStatement(PAGE);
        }

        /** Runs a round; answers its milliseconds. */
        double run() throws SQLException {
            long t0 = System.nanoTime();
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(BaselineFiling.COURT_ZONE));
            count.setBoolean(1, false);
            count.setTimestamp(2, now);
            count.setTimestamp(3, now);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
            page.setBoolean(1, false);
            page.setTimestamp(2, now);
            page.setTimestamp(3, now);
            page.setInt(4, 0);
            page.setInt(5, PAGE_SIZE);
            int rows = 0;
            try (ResultSet r = page.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int col = 1; col <= columns; col++) {
                        r.getObject(col);
                    }
                    rows++;
                }
            }
            c.commit();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (rows == 0 && total > 0) {
                throw new IllegalStateException("the page is empty but " + total + " nodes are due soon");
            }
            return ms;
        }

        @Override
        public void close() throws SQLException {
            try (count; page) {
                // both closed, the second even when the first fails
            }
        }
    }

    /**
     * Writes nodes until the table holds {@code target}, attached to the cases there (round robin), in batches;
     * then updates the table's index statistics. Answers {nodes in the table, nodes written, milliseconds}.
     */
    static long[] load(Connection c, long seed, int target) throws SQLException {
        long t0 = System.nanoTime();
        long existing = Db.count(c, "SELECT COUNT(*) FROM ECC_NODE");
        long missing = Math.max(0, target - existing);
        List<long[]> caseIds = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT ID, CASE_NO FROM ECC_CASE ORDER BY ID");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                caseIds.add(new long[] {r.getLong(1)});
                numbers.add(r.getString(2));
            }
        }
        if (missing > 0 && caseIds.isEmpty()) {
            throw new IllegalStateException("no cases to attach nodes to");
        }
        LocalDateTime now = LocalDateTime.now(BaselineFiling.COURT_ZONE);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int batch = 5_000;
        try (PreparedStatement ins = c.prepareStatement(INSERT)) {
            for (long n = 0; n < missing; n++) {
                int k = (int) (n % caseIds.size());
                bind(ins, r, caseIds.get(k)[0], numbers.get(k), now);
                ins.addBatch();
                if ((n + 1) % batch == 0 || n == missing - 1) {
                    ins.executeBatch();
                    c.commit();
                }
                if ((n + 1) % 100_000 == 0) {
                    Bench.log("due nodes: " + String.format("%,d", n + 1) + " of " + String.format("%,d", missing)
                            + " written");
                }
            }
        }
        try (var call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'ECC_NODE', NULL)")) {
            call.execute();
        }
        c.commit();
        return new long[] {Db.count(c, "SELECT COUNT(*) FROM ECC_NODE"), missing, (System.nanoTime() - t0) / 1_000_000};
    }

    static final String INSERT = "INSERT INTO ECC_NODE (CASE_ID, CASE_NO, COMPLETED_AT, COMPLETED_BY, CREATED_AT,"
            + " CREATED_BY, DONE, DUE_AT, HANDLER_NODE, LABEL, MARKED, NOTE, NOTIFY_ROLES, RESPONSIBLE, RESPONSIBLE_ROLE,"
            + " STARTED_AT, NODE_TYPE, VERSION, WARN_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)";

    /** One node: done, due soon, overdue or open by the shares above; times keep {@link #MARGIN_HOURS} from now. */
    static void bind(PreparedStatement p, SplittableRandom r, long caseId, String caseNo, LocalDateTime now)
            throws SQLException {
        double x = r.nextDouble();
        LocalDateTime warn;
        LocalDateTime due;
        String marked;
        boolean done = x < DONE;
        if (done) {
            due = now.minusHours(MARGIN_HOURS + r.nextInt(24 * 1000));
            warn = due.minusDays(3);
            marked = "DONE";
        } else if (x < DONE + DUE_SOON) {
            warn = now.minusHours(MARGIN_HOURS + r.nextInt(24 * 3));
            due = now.plusHours(MARGIN_HOURS + r.nextInt(24 * 3));
            marked = "DUE_SOON";
        } else if (x < DONE + DUE_SOON + OVERDUE) {
            due = now.minusHours(MARGIN_HOURS + r.nextInt(24 * 60));
            warn = due.minusDays(3);
            marked = "OVERDUE";
        } else {
            warn = now.plusHours(MARGIN_HOURS + r.nextInt(24 * 90));
            due = warn.plusDays(3);
            marked = "OPEN";
        }
        LocalDateTime started = warn.minusDays(1 + r.nextInt(60));
        String type = TYPES[r.nextInt(TYPES.length)];
        String person = PEOPLE[r.nextInt(PEOPLE.length)];
        p.setLong(1, caseId);
        p.setString(2, caseNo);
        p.setTimestamp(3, done ? Timestamp.valueOf(due.minusHours(r.nextInt(72))) : null);
        p.setString(4, done ? (person == null ? "songyu" : person) : null);
        p.setTimestamp(5, Timestamp.valueOf(started));
        p.setString(6, "bench-bulk");
        p.setBoolean(7, done);
        p.setTimestamp(8, Timestamp.valueOf(due));
        p.setBoolean(9, person != null);
        p.setString(10, "节点 " + type);
        p.setString(11, marked);
        p.setString(12, done ? "已办理" : null);
        p.setString(13, "chief");
        p.setString(14, person);
        p.setString(15, "judge");
        p.setTimestamp(16, Timestamp.valueOf(started));
        p.setString(17, type);
        p.setTimestamp(18, Timestamp.valueOf(warn));
    }
}
