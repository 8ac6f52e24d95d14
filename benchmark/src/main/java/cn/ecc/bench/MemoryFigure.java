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
                vsPlain(b, rss), "— (measured)", Report.Verdict.MEASURED));
    }

    static void loaded(Bench b) throws Exception {
        int target = b.settings.memoryCases();
        if (b.courtCode == null) {
            // run without figure 1: one filing tells the court code (and makes the tables)
            b.eccUp();
            b.learnFromFiling(b.api().post("/api/cases", new Cases(b.seed, "court").get(0).json()));
        }
        b.ecc.stop();
        long[] counts = Db.with(b.ecc.database(), c -> {
            long existing = Db.count(c, "SELECT COUNT(*) FROM ECC_CASE");
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
        Api api = new Api(b.ecc.httpPort(), b.clerk(), java.time.Duration.ofMinutes(5));
        SplittableRandom r = new SplittableRandom(b.seed);
        java.util.List<Double> pages = new java.util.ArrayList<>();
        for (int page = 0; page < 20; page++) {
            pages.add(timed(api, "/api/cases?limit=500&offset=" + page * 500));
        }
        java.util.List<String> searches = new java.util.ArrayList<>();
        for (String q : new String[] {"建材", "张伟", "民初12", "不存在的当事人"}) {
            double s = timed(api, "/api/cases?limit=100&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            searches.add("\"" + q + "\" " + fmt(s, 2) + " s");
        }
        double filter = timed(api, "/api/cases?status=REGISTERED&limit=500&filedFrom=" + BULK_YEAR + "-01-01&filedTo="
                + BULK_YEAR + "-12-31");
        java.util.List<Double> reads = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            long t0 = System.nanoTime();
            Api.Reply reply = api.get("/api/cases/" + (1 + r.nextLong(maxId)));
            if (reply.status() != 200 && reply.status() != 404) {
                throw new IllegalStateException("reading a case: " + reply.status() + " " + reply.body());
            }
            reads.add((System.nanoTime() - t0) / 1e6);
        }
        b.report.note("With " + String.format("%,d", existing) + " cases, single requests (informative, no "
                + "baseline): a list page of 500 median " + fmt(Stats.median(pages), 2) + " s; text searches "
                + String.join(", ", searches) + "; a year's registered cases " + fmt(filter, 2) + " s; reading one "
                + "case median " + fmt(Stats.median(reads), 1) + " ms, p99 " + fmt(Stats.p99(reads), 1) + " ms.");
        long rss = b.ecc.rssKiB();
        b.report.add(new Report.Row("7 Memory with " + String.format("%,d", existing) + " cases",
                mib(rss) + " RSS after a sweep of list pages, text searches and 500 case reads",
                "plain Karaf idle " + mib(b.plainIdleRss), vsPlain(b, rss),
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

    /** Seconds a GET took; it must answer 200. */
    private static double timed(Api api, String path) {
        long t0 = System.nanoTime();
        Api.Reply r = api.get(path);
        if (r.status() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.status() + " "
                    + (r.error() != null ? r.error() : r.body()));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String vsPlain(Bench b, long rss) {
        return b.plainIdleRss == 0 ? "— (figure 3 not run)" : fmt((double) rss / b.plainIdleRss, 2) + "× plain";
    }
}
