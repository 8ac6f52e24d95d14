package cn.ecc.bench;

import static cn.ecc.bench.Report.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Figure 3: from launching {@code bin/karaf server} to ready. ECC is ready when /api/health answers 200. The plain
 * Karaf is ready when its JAX-RS whiteboard answers (CXF's "No service was found." on /), the point of its boot
 * at which ECC's application can register; the time its HTTP port first answers anything (Jetty, earlier) is
 * reported too. One first start of each fresh copy, then restarts with existing data, alternating which side
 * goes first.
 */
final class StartupFigure {

    /** What CXF answers when the JAX-RS whiteboard runs and no application serves the path. */
    static final String WHITEBOARD_ANSWER = "No service was found.";

    private StartupFigure() {
    }

    /** One launch: seconds until the HTTP port first answered, and until ready. */
    record Launch(double firstAnswer, double ready) {
    }

    static void run(Bench b) throws Exception {
        // health is asked as a load balancer asks it: without a login
        Api eccApi = Api.anonymous(b.ecc.httpPort());
        Api plainApi = Api.anonymous(b.plain.httpPort());
        java.util.function.Predicate<Api.Reply> eccReady = r -> r.status() == 200;
        java.util.function.Predicate<Api.Reply> plainReady = r -> r.body().contains(WHITEBOARD_ANSWER);
        // idle memory from the first starts, replaced by the last restart's where there are restarts
        Launch eccCold = launch(b.ecc, eccApi, "/api/health", eccReady);
        b.readiness.add(b.awaitApi());
        idleRss(b, b.ecc, true);
        b.ensureStaff();
        b.ecc.stop();
        Launch plainCold = launch(b.plain, plainApi, "/", plainReady);
        idleRss(b, b.plain, false);
        b.plain.stop();
        Bench.log("first start: ECC " + fmt(eccCold.ready(), 2) + " s, plain Karaf " + fmt(plainCold.ready(), 2) + " s");
        List<Launch> ecc = new ArrayList<>();
        List<Launch> plain = new ArrayList<>();
        for (int round = 0; round < b.settings.startupRounds(); round++) {
            boolean last = round == b.settings.startupRounds() - 1;
            for (int side = 0; side < 2; side++) {
                boolean eccTurn = (round + side) % 2 == 0;
                Instance i = eccTurn ? b.ecc : b.plain;
                if (eccTurn) {
                    ecc.add(launch(i, eccApi, "/api/health", eccReady));
                    b.readiness.add(b.awaitApi());
                } else {
                    plain.add(launch(i, plainApi, "/", plainReady));
                }
                if (last) {
                    idleRss(b, i, eccTurn);
                }
                i.stop();
            }
            Bench.log("restart " + (round + 1) + ": ECC " + fmt(ecc.get(round).ready(), 2) + " s, plain Karaf "
                    + fmt(plain.get(round).ready(), 2) + " s");
        }
        if (!ecc.isEmpty()) {
            double e = Stats.median(ecc.stream().map(Launch::ready).toList());
            double p = Stats.median(plain.stream().map(Launch::ready).toList());
            double ratio = e / p;
            b.report.add(new Report.Row("3 Start-up: restart with existing data",
                    "median " + fmt(e, 2) + " s, max " + fmt(ecc.stream().mapToDouble(Launch::ready).max().orElseThrow(), 2)
                            + " s",
                    "median " + fmt(p, 2) + " s, max " + fmt(plain.stream().mapToDouble(Launch::ready).max().orElseThrow(), 2)
                            + " s",
                    fmt(ratio, 2) + "×", "≤ 1.3×", ratio <= 1.3 ? Report.Verdict.MET : Report.Verdict.MISSED));
        }
        double cold = eccCold.ready() / plainCold.ready();
        b.report.add(new Report.Row("3 Start-up: first start of a fresh copy", fmt(eccCold.ready(), 2) + " s",
                fmt(plainCold.ready(), 2) + " s", fmt(cold, 2) + "×", "≤ 1.3×",
                cold <= 1.3 ? Report.Verdict.MET : Report.Verdict.MISSED));
        List<Launch> eccAll = new ArrayList<>(ecc);
        eccAll.add(eccCold);
        List<Launch> plainAll = new ArrayList<>(plain);
        plainAll.add(plainCold);
        b.report.note("Start-up (3): " + b.settings.startupRounds() + " restart rounds per side, alternating which "
                + "side starts first, plus one first start each. Time from launching `bin/karaf server` to ready: "
                + "ECC = `/api/health` answers 200; plain Karaf = its JAX-RS whiteboard answers (\"" + WHITEBOARD_ANSWER
                + "\"). The HTTP port first answered (Jetty) after median " + fmt(Stats.median(eccAll.stream()
                        .map(Launch::firstAnswer).toList()), 2) + " s for ECC and " + fmt(Stats.median(plainAll.stream()
                        .map(Launch::firstAnswer).toList()), 2) + " s for the plain Karaf. The plain Karaf is the same "
                + "assembly with ECC's features replaced by the third-party features and bundles they name ("
                + String.join(", ", PlainKaraf.derive(b.plain.home()).features()) + "), so the same Karaf, JVM "
                + "options, bundle versions and boot stages (the database stack first, as in ECC).");
    }

    /** Resident memory a few seconds after ready, when the boot's garbage is no longer the figure. */
    private static void idleRss(Bench b, Instance i, boolean ecc) throws Exception {
        Thread.sleep(3_000);
        if (ecc) {
            b.eccIdleRss = i.rssKiB();
        } else {
            b.plainIdleRss = i.rssKiB();
        }
    }

    /** Launches and waits until GET of {@code path} satisfies {@code ready}. */
    private static Launch launch(Instance i, Api api, String path, java.util.function.Predicate<Api.Reply> ready)
            throws Exception {
        double[] first = {-1};
        long t0 = System.nanoTime();
        i.start();
        boolean up = i.await(Instance.BOOT_TIMEOUT, () -> {
            Api.Reply r = api.get(path);
            if (r.status() != -1 && first[0] < 0) {
                first[0] = (System.nanoTime() - t0) / 1e9;
            }
            return ready.test(r);
        });
        if (!up) {
            throw new IllegalStateException(i.name() + " did not become ready within " + Instance.BOOT_TIMEOUT
                    + " (" + i.evidence("not-ready") + ")");
        }
        return new Launch(first[0], (System.nanoTime() - t0) / 1e9);
    }

    /** The row on whether /api/health ran ahead of the API, over every start of the run. */
    static void readiness(Bench b) {
        List<Bench.Readiness> starts = b.readiness;
        if (starts.isEmpty()) {
            return;
        }
        long early = starts.stream().filter(g -> g.notServed() > 0).count();
        double max = Stats.max(starts.stream().mapToDouble(Bench.Readiness::seconds).toArray());
        b.report.add(new Report.Row("3 Start-up: /api/health 200 before the API answers",
                "in " + early + " of " + starts.size() + " starts `" + Bench.API_PROBE + "` answered 404 (not served"
                        + " yet) after health said UP; first answer after health at most " + fmt(max, 2) + " s",
                "—", early + " of " + starts.size(), "— (measured)", Report.Verdict.MEASURED));
    }
}
