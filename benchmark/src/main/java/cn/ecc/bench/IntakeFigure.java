package cn.ecc.bench;

import static cn.ecc.bench.Report.fmt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 1: cases filed per second through POST /api/cases by 8 concurrent clients, against the same rows
 * written by 8 threads with plain JDBC (one transaction per case, {@link BaselineFiling}) into a copy of the
 * instance's own freshly created database: same tables, indexes and Derby settings, same durability (Derby's
 * default: the log is forced to disk at every commit, on both sides). Rounds alternate between the two sides,
 * so that the machine's noise falls on both; the figure is the median of the per-round ratios.
 */
final class IntakeFigure {

    private static final Duration ROUND_LIMIT = Duration.ofMinutes(5);

    private IntakeFigure() {
    }

    /** Copies the stopped instance's database, with its schema and no cases yet, as the baseline's. */
    static Path prepareBaseline(Bench b) throws Exception {
        // EclipseLink creates the tables on the first use of the persistence unit, not at start
        b.eccUp();
        Api.Reply list = b.api().get("/api/cases?limit=1");
        if (list.status() != 200) {
            throw new IllegalStateException("listing cases: " + list.status() + " " + list.body());
        }
        b.ecc.stop();
        Path copy = b.work.resolve("baseline-db");
        Instance.deleteTree(copy);
        try (var files = Files.walk(b.ecc.database())) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(b.ecc.database().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("db.lck") && !p.getFileName().toString().equals("dbex.lck")) {
                    Files.copy(p, to);
                }
            }
        }
        long rows = Db.with(copy, c -> Db.count(c, "SELECT COUNT(*) FROM ECC_CASE"));
        if (rows != 0) {
            throw new IllegalStateException("the baseline database should start empty, has " + rows + " cases");
        }
        return copy;
    }

    static void run(Bench b, Path baselineDb) throws Exception {
        Settings s = b.settings;
        List<Api> apis = new ArrayList<>();
        for (int c = 0; c < s.clients(); c++) {
            apis.add(b.api());
        }
        // the first filing tells the year and court code the numbers carry, which the baseline then uses
        Cases warm = new Cases(b.seed, "warm-api");
        b.learnFromFiling(apis.get(0).post("/api/cases", warm.get(-1).json()));

        List<BaselineFiling> filers = new ArrayList<>();
        try {
            for (int c = 0; c < s.clients(); c++) {
                filers.add(new BaselineFiling(Db.open(baselineDb), b.clerk().user()));
            }
            try (Connection c = Db.open(baselineDb)) {
                BaselineFiling.ensureCounter(c, b.year + "|" + b.courtCode + "|FIRST");
                c.commit();
            }
            Bench.log("intake warm-up: " + s.warmupCases() + " cases each side");
            api(b, apis, warm, s.warmupCases());
            jdbc(b, filers, new Cases(b.seed, "warm-jdbc"), s.warmupCases());

            List<Double> apiRates = new ArrayList<>();
            List<Double> jdbcRates = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<double[]> apiLat = new ArrayList<>();
            List<double[]> jdbcLat = new ArrayList<>();
            long failures = 0;
            List<String> samples = new ArrayList<>();
            for (int round = 0; round < s.intakeRounds(); round++) {
                Cases apiCases = new Cases(b.seed, "api-r" + round);
                Cases jdbcCases = new Cases(b.seed, "jdbc-r" + round);
                Load.Result a;
                Load.Result j;
                if (round % 2 == 0) {
                    a = api(b, apis, apiCases, s.intakeCases());
                    j = jdbc(b, filers, jdbcCases, s.intakeCases());
                } else {
                    j = jdbc(b, filers, jdbcCases, s.intakeCases());
                    a = api(b, apis, apiCases, s.intakeCases());
                }
                failures += a.failures() + j.failures();
                samples.addAll(a.failureSamples());
                samples.addAll(j.failureSamples());
                apiRates.add(a.rate());
                jdbcRates.add(j.rate());
                ratios.add(a.rate() / j.rate());
                apiLat.add(a.latenciesMs());
                jdbcLat.add(j.latenciesMs());
                Bench.log("intake round " + (round + 1) + ": API " + fmt(a.rate(), 1) + "/s, JDBC " + fmt(j.rate(), 1)
                        + "/s, ratio " + fmt(a.rate() / j.rate(), 2));
            }
            double ratio = Stats.median(ratios);
            double[] al = concat(apiLat);
            double[] jl = concat(jdbcLat);
            b.report.add(new Report.Row("1 Intake throughput (" + s.clients() + " clients)",
                    fmt(Stats.median(apiRates), 1) + " cases/s (latency median " + fmt(Stats.median(al), 1) + " ms, p99 "
                            + fmt(Stats.p99(al), 1) + " ms)" + (failures > 0 ? "; " + failures + " failed" : ""),
                    fmt(Stats.median(jdbcRates), 1) + " cases/s (median " + fmt(Stats.median(jl), 1) + " ms, p99 "
                            + fmt(Stats.p99(jl), 1) + " ms)",
                    fmt(ratio, 2) + " (rounds " + fmt(Stats.min(Stats.toArray(ratios)), 2) + "–"
                            + fmt(Stats.max(Stats.toArray(ratios)), 2) + ")",
                    "≥ 0.5", ratio >= 0.5 && failures == 0 ? Report.Verdict.MET : Report.Verdict.MISSED));
            b.report.note("Intake (1): " + s.intakeRounds() + " rounds of " + s.intakeCases() + " cases per side after "
                    + s.warmupCases() + " warm-up cases, " + s.clients() + " clients each; API and JDBC rounds alternate. "
                    + "Baseline: plain JDBC, " + s.clients() + " threads, one transaction per case sending the statements a filing sends "
                    + "(duplicate-reference check; counter row locked FOR UPDATE and written back; case and 2 parties; "
                    + "5 default nodes, the term node and the term row; the intake area's record of the case; one "
                    + "audit record hashed onto the chain while its head row is locked), into a copy of the "
                    + "instance's freshly created Derby database. Both sides share the machine's cores with the "
                    + "harness; the API side also pays for its HTTP clients and for what the platform does after "
                    + "each commit."
                    + (samples.isEmpty() ? "" : " Failures: " + String.join("; ", samples.subList(0, Math.min(3, samples.size())))));
        } finally {
            for (BaselineFiling f : filers) {
                f.close();
            }
        }
    }

    private static Load.Result api(Bench b, List<Api> apis, Cases cases, int count) {
        return Load.count(b.settings.clients(), count, ROUND_LIMIT, (client, seq) -> {
            Api.Reply r = apis.get(client).post("/api/cases", cases.get(seq).json());
            if (r.status() == 201) {
                b.filed.add(r.json().get("id").asLong());
                return null;
            }
            return r.status() + " " + (r.error() != null ? r.error() : r.body());
        });
    }

    private static Load.Result jdbc(Bench b, List<BaselineFiling> filers, Cases cases, int count) {
        return Load.count(b.settings.clients(), count, ROUND_LIMIT, (client, seq) -> {
            filers.get(client).file(cases.get(seq), b.year, b.courtCode);
            return null;
        });
    }

    static double[] concat(List<double[]> parts) {
        return parts.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
