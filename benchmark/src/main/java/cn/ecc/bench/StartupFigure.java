package cn.ecc.bench;

import static cn.ecc.bench.Report.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Figure 3: from launching {@code bin/karaf server} to ready. ECC is ready when /api/health answers 200. The plain
 * Karaf is ready when its JAX-RS whiteboard answers (CXF's "No service was found." on /), the point of its boot
 * at which ECC's application can register; the time its HTTP port first answers anything (Jetty, earlier) is
 * reported too. A third side, measured without a target, is the plain Karaf with the stack probe (its /api/health
 * answers 200): what ECC's stack costs at start when it is used as little as an application can use it, so that
 * the table shows how much of ECC's time is the stack's and how much is ECC's own. One first start of each fresh
 * copy, then restarts with existing data, each round in another order of the sides.
 */
final class StartupFigure {

    /** What CXF answers when the JAX-RS whiteboard runs and no application serves the path. */
    static final String WHITEBOARD_ANSWER = "No service was found.";

    private StartupFigure() {
    }

    /** One launch: seconds until the HTTP port first answered, and until ready. */
    record Launch(double firstAnswer, double ready) {
    }

    /** One side of the figure: an instance and what its readiness is. */
    private record Side(Instance instance, Api api, String path, Predicate<Api.Reply> ready, List<Launch> restarts) {

        Launch launch() throws Exception {
            return StartupFigure.launch(instance, api, path, ready);
        }

        double median() {
            return Stats.median(restarts.stream().map(Launch::ready).toList());
        }

        double max() {
            return restarts.stream().mapToDouble(Launch::ready).max().orElseThrow();
        }
    }

    static void run(Bench b) throws Exception {
        // health is asked as a load balancer asks it: without a login
        Side ecc = new Side(b.ecc, Api.anonymous(b.ecc.httpPort()), "/api/health", r -> r.status() == 200,
                new ArrayList<>());
        Side plain = new Side(b.plain, Api.anonymous(b.plain.httpPort()), "/",
                r -> r.body().contains(WHITEBOARD_ANSWER), new ArrayList<>());
        // the probe's health answers after its unit has been read, through its JSON provider
        Side probe = new Side(b.probe, Api.anonymous(b.probe.httpPort()), "/api/health",
                r -> r.status() == 200 && r.body().contains("\"status\":\"UP\""), new ArrayList<>());
        List<Side> sides = List.of(ecc, plain, probe);
        // idle memory from the first starts, replaced by the last restart's where there are restarts
        Launch eccCold = ecc.launch();
        b.readiness.add(b.awaitApi());
        idleRss(b, b.ecc, true);
        b.ensureStaff();
        b.ecc.stop();
        Launch plainCold = plain.launch();
        idleRss(b, b.plain, false);
        b.plain.stop();
        Launch probeCold = probe.launch();
        b.probe.stop();
        Bench.log("first start: ECC " + fmt(eccCold.ready(), 2) + " s, plain Karaf " + fmt(plainCold.ready(), 2)
                + " s, stack probe " + fmt(probeCold.ready(), 2) + " s");
        for (int round = 0; round < b.settings.startupRounds(); round++) {
            boolean last = round == b.settings.startupRounds() - 1;
            for (int turn = 0; turn < sides.size(); turn++) {
                Side side = sides.get((round + turn) % sides.size());
                side.restarts().add(side.launch());
                if (side == ecc) {
                    b.readiness.add(b.awaitApi());
                }
                if (last && side != probe) {
                    idleRss(b, side.instance(), side == ecc);
                }
                side.instance().stop();
            }
            Bench.log("restart " + (round + 1) + ": ECC " + fmt(ecc.restarts().get(round).ready(), 2)
                    + " s, plain Karaf " + fmt(plain.restarts().get(round).ready(), 2) + " s, stack probe "
                    + fmt(probe.restarts().get(round).ready(), 2) + " s");
        }
        if (!ecc.restarts().isEmpty()) {
            double ratio = ecc.median() / plain.median();
            b.report.add(new Report.Row("3 Start-up: restart with existing data",
                    "median " + fmt(ecc.median(), 2) + " s, max " + fmt(ecc.max(), 2) + " s",
                    "median " + fmt(plain.median(), 2) + " s, max " + fmt(plain.max(), 2) + " s",
                    fmt(ratio, 2) + "×", "≤ 1.3×", ratio <= 1.3 ? Report.Verdict.MET : Report.Verdict.MISSED));
        }
        double cold = eccCold.ready() / plainCold.ready();
        b.report.add(new Report.Row("3 Start-up: first start of a fresh copy", fmt(eccCold.ready(), 2) + " s",
                fmt(plainCold.ready(), 2) + " s", fmt(cold, 2) + "×", "≤ 1.3×",
                cold <= 1.3 ? Report.Verdict.MET : Report.Verdict.MISSED));
        // without restarts (quick mode) the probe's row has its first start only
        String probeFirst = "first start " + fmt(probeCold.ready(), 2) + " s (" + fmt(probeCold.ready()
                / plainCold.ready(), 2) + "× the plain Karaf's, ECC " + fmt(eccCold.ready() - probeCold.ready(), 2)
                + " s more)";
        if (probe.restarts().isEmpty()) {
            b.report.add(new Report.Row("3 Start-up: the stack used least (stack probe)", probeFirst,
                    fmt(plainCold.ready(), 2) + " s", fmt(probeCold.ready() / plainCold.ready(), 2) + "×",
                    "— (measured)", Report.Verdict.MEASURED));
        } else {
            // what the target leaves for ECC's own work once the stack has started
            double room = 1.3 * plain.median() - probe.median();
            b.report.add(new Report.Row("3 Start-up: the stack used least (stack probe), restart",
                    "median " + fmt(probe.median(), 2) + " s, max " + fmt(probe.max(), 2) + " s (ECC "
                            + fmt(ecc.median() - probe.median(), 2) + " s more; "
                            + (room >= 0 ? "1.3× the plain Karaf leaves " + fmt(room, 2) + " s beyond the probe"
                                    : "the probe alone takes " + fmt(-room, 2) + " s more than 1.3× the plain Karaf")
                            + "); " + probeFirst,
                    "median " + fmt(plain.median(), 2) + " s", fmt(probe.median() / plain.median(), 2) + "×",
                    "— (measured)", Report.Verdict.MEASURED));
        }
        List<Launch> eccAll = new ArrayList<>(ecc.restarts());
        eccAll.add(eccCold);
        List<Launch> plainAll = new ArrayList<>(plain.restarts());
        plainAll.add(plainCold);
        b.report.note("Start-up (3): " + b.settings.startupRounds() + " restart rounds, each side once per round, "
                + "in an order that turns each round, plus one first start each. Time from launching `bin/karaf "
                + "server` to ready: ECC = `/api/health` answers 200; plain Karaf = its JAX-RS whiteboard answers (\""
                + WHITEBOARD_ANSWER + "\"). The HTTP port first answered (Jetty) after median " + fmt(Stats.median(
                        eccAll.stream().map(Launch::firstAnswer).toList()), 2) + " s for ECC and " + fmt(Stats.median(
                                plainAll.stream().map(Launch::firstAnswer).toList()), 2) + " s for the plain Karaf. "
                + "The plain Karaf is the same assembly with ECC's features replaced by the third-party features and "
                + "bundles they name (" + String.join(", ", PlainKaraf.derive(b.plain.home()).features())
                + "), so the same Karaf, JVM options, bundle versions and boot stages (the database stack first, as "
                + "in ECC). The stack probe (`benchmark/stack-probe`, measured, no target) is that plain Karaf plus "
                + "ECC's DataSource configuration and one bundle using the stack as little as an application can: "
                + "one persistence unit with one entity (Derby's table catalogue) read by one JPQL query when it "
                + "starts, one JAX-RS application under `/api` with a Jackson JSON provider (java.time module) and "
                + "one resource, `/api/health`, ready when it answers 200. What ECC takes beyond the probe is ECC's "
                + "own work at start: its three persistence units and their schema checks, the accounts, audit chain "
                + "and deadline engine, the two areas, and the application's resources and filters.");
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
    private static Launch launch(Instance i, Api api, String path, Predicate<Api.Reply> ready)
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
