package cn.ecc.bench;

import static cn.ecc.bench.Bench.mib;
import static cn.ecc.bench.Report.fmt;

import java.util.SplittableRandom;

/**
 * Figure 7: resident memory (VmRSS) of the Karaf JVM after the intake load, and with a large database after a
 * sweep of reads over it. The reference is the plain Karaf's idle RSS from figure 3; there is no target.
 */
final class MemoryFigure {

    /** Filings of this year are written straight into the database; far from the year the API files into. */
    static final int BULK_YEAR = 2020;

    private MemoryFigure() {
    }

    static void afterIntake(Bench b, int filed) throws Exception {
        long rss = b.ecc.rssKiB();
        b.report.add(new Report.Row("7 Memory after figure 1", mib(rss) + " RSS (" + filed + " cases filed)",
                "plain Karaf idle " + mib(b.plainIdleRss) + "; ECC idle " + mib(b.eccIdleRss),
                fmt((double) rss / b.plainIdleRss, 2) + "× plain", "— (measured)", Report.Verdict.MEASURED));
    }

    static void loaded(Bench b) throws Exception {
        int target = b.settings.memoryCases();
        b.ecc.stop();
        long[] counts = Db.with(b.ecc.database(), c -> {
            long existing = Db.count(c, "SELECT COUNT(*) FROM ECC_CASE");
            if (b.courtCode == null) {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT MIN(COURT_CODE) FROM ECC_CASE")) {
                    rs.next();
                    b.courtCode = rs.getString(1);
                }
                if (b.courtCode == null) {
                    throw new IllegalStateException("no case in the database tells the court code");
                }
            }
            int missing = (int) Math.max(0, target - existing);
            Bench.log("memory: writing " + missing + " cases straight into the stopped instance's database");
            long t0 = System.nanoTime();
            Db.bulkCases(c, new Cases(b.seed, "bulk"), missing, BULK_YEAR, b.courtCode);
            Bench.log("memory: written in " + fmt((System.nanoTime() - t0) / 1e9, 1) + " s");
            return new long[] {Db.count(c, "SELECT COUNT(*) FROM ECC_CASE"), Db.count(c, "SELECT MAX(ID) FROM ECC_CASE")};
        });
        long existing = counts[0];
        long maxId = counts[1];
        b.eccUp();
        // a sweep of what users do with many cases: page through lists, search text, open cases
        Api api = b.api();
        SplittableRandom r = new SplittableRandom(b.seed);
        for (int page = 0; page < 20; page++) {
            check(api.get("/api/cases?limit=500&offset=" + page * 500));
        }
        for (String q : new String[] {"建材", "张伟", "民初12", "不存在的当事人"}) {
            check(api.get("/api/cases?limit=100&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
        }
        check(api.get("/api/cases?status=REGISTERED&limit=500&filedFrom=" + BULK_YEAR + "-01-01&filedTo=" + BULK_YEAR + "-12-31"));
        for (int i = 0; i < 500; i++) {
            Api.Reply reply = api.get("/api/cases/" + (1 + r.nextLong(maxId)));
            if (reply.status() != 200 && reply.status() != 404) {
                throw new IllegalStateException("reading a case: " + reply.status() + " " + reply.body());
            }
        }
        long rss = b.ecc.rssKiB();
        b.report.add(new Report.Row("7 Memory with " + String.format("%,d", existing) + " cases",
                mib(rss) + " RSS after a sweep of list pages, text searches and 500 case reads",
                "plain Karaf idle " + mib(b.plainIdleRss), fmt((double) rss / b.plainIdleRss, 2) + "× plain",
                "— (measured)", Report.Verdict.MEASURED));
        b.report.note("Memory (7): VmRSS of the Karaf JVM from /proc/<pid>/status (heap limit " + heapLimit(b)
                + "). The cases beyond those filed through the API were written with JDBC into the stopped instance's "
                + "database as filings of " + BULK_YEAR + ", then the instance was started and swept with reads.");
    }

    private static String heapLimit(Bench b) {
        try {
            String cmdline = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + b.ecc.jvm().pid() + "/cmdline"));
            return java.util.Arrays.stream(cmdline.split("\0")).filter(a -> a.startsWith("-Xmx")).reduce((x, y) -> y)
                    .orElse("none: -Xmx is not set, so the JVM's default of ¼ of the machine's RAM applies");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void check(Api.Reply r) {
        if (r.status() != 200) {
            throw new IllegalStateException("reading cases: " + r.status() + " " + r.body());
        }
    }
}
