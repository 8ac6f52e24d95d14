package cn.ecc.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark and resilience harness (docs/performance.md). Runs every figure against copies of the assembled
 * distribution on this machine, with the baselines measured in the same run, and prints the table.
 *
 * <p>Exit status: 0 when every figure ran (whether or not it met its target: the table says), 1 when a figure
 * could not run, 2 on wrong arguments.
 */
public final class Main {

    static final String BEGIN = "<!-- benchmark:begin -->";
    static final String END = "<!-- benchmark:end -->";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("usage: --mode=quick|full --distribution=<tar.gz> --work=<dir> --report=<file.md>"
                        + " [--seed=N] [--user=name] [--figures=1,6] [--jvm=options] [--clients=N] [--publish=true --docs=<performance.md>]");
                System.exit(2);
            }
            a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Settings settings = Settings.of(a.getOrDefault("mode", "quick"));
        // for investigations: how a figure scales with its clients; such a run is never published
        boolean otherClients = !a.getOrDefault("clients", "").isBlank();
        if (otherClients) {
            settings = settings.withClients(Integer.parseInt(a.get("clients").strip()));
        }
        long seed = Long.parseLong(a.getOrDefault("seed", "20260301"));
        Path distribution = Path.of(a.getOrDefault("distribution",
                "../distribution/target/ecc-distribution-0.1.0-SNAPSHOT.tar.gz")).toAbsolutePath().normalize();
        Path work = Path.of(a.getOrDefault("work", "target/bench")).toAbsolutePath().normalize();
        Path reportFile = Path.of(a.getOrDefault("report", "target/benchmark-report.md")).toAbsolutePath();
        if (!Files.isRegularFile(distribution)) {
            System.err.println("no distribution at " + distribution + ": build it first (./mvnw -Pbenchmark -pl benchmark -am verify)");
            System.exit(2);
        }
        Credentials admin = Credentials.admin();
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        // the baseline's Derby runs with the distribution's Derby settings (bin/setenv)
        System.setProperty("derby.language.identityGeneratorCacheSize", "1000");
        Files.createDirectories(work);

        Machine machine = Machine.describe();
        Report report = new Report(machine, settings);
        long t0 = System.nanoTime();
        Bench.log("mode " + settings.mode() + ", seed " + seed + ", distribution " + distribution);
        Bench.log("machine: " + machine);
        Instance ecc = Instance.unpack("ecc", distribution, work.resolve("ecc"), admin);
        Instance plain = Instance.unpack("plain-karaf", distribution, work.resolve("plain-karaf"), admin);
        PlainKaraf.apply(plain, null);
        Path probeJar = Path.of(a.getOrDefault("probe", "stack-probe/target/ecc-bench-stack-probe-0.1.0-SNAPSHOT.jar"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(probeJar)) {
            System.err.println("no stack probe at " + probeJar + ": build it first (./mvnw -Pbenchmark -pl benchmark -am verify)");
            System.exit(2);
        }
        Instance probe = Instance.unpack("stack-probe", distribution, work.resolve("stack-probe"), admin);
        PlainKaraf.apply(probe, probeJar);
        // for investigations: JVM options of the ECC instance only, e.g. -XX:StartFlightRecording=...
        ecc.javaOptions(a.getOrDefault("jvm", ""));
        Bench b = new Bench(settings, seed, admin, a.getOrDefault("user", "bench"), report, work, ecc, plain,
                probe);
        boolean allRan = true;
        // for development: --figures=6 runs only figure 6; a partial run is never published
        boolean partial = !a.getOrDefault("figures", "").isBlank();
        java.util.Set<String> only = partial
                ? java.util.Set.of(a.get("figures").split(",")) : java.util.Set.of("1", "2", "3", "4", "5", "6", "7");
        try {
            allRan &= !only.contains("3") || figure(b, "3 Start-up", () -> StartupFigure.run(b));
            Path[] baseline = new Path[1];
            allRan &= !only.contains("1") || figure(b, "1 Intake throughput", () -> {
                baseline[0] = IntakeFigure.prepareBaseline(b);
                b.eccUp();
                IntakeFigure.run(b, baseline[0]);
                MemoryFigure.afterIntake(b, b.filed.size());
            });
            if (baseline[0] != null) {
                Db.shutdown(baseline[0]);
            }
            allRan &= !only.contains("2") || figure(b, "2 Due-node query", () -> DueNodesFigure.run(b));
            allRan &= !only.contains("6") || figure(b, "6 Bad input", () -> BadInputFigure.run(b));
            allRan &= !only.contains("4") || figure(b, "4 Hot update under load", () -> HotUpdateFigure.run(b));
            allRan &= !only.contains("5") || figure(b, "5 Durability", () -> DurabilityFigure.run(b));
            allRan &= !only.contains("7") || figure(b, "7 Memory with many cases", () -> MemoryFigure.loaded(b));
        } finally {
            ecc.stop();
            plain.stop();
            probe.stop();
        }
        StartupFigure.readiness(b);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        String table = report.markdown(Machine.loadAverage(), seconds);
        System.out.println();
        System.out.println(table);
        Files.createDirectories(reportFile.getParent());
        Files.writeString(reportFile, "# ECC benchmark\n\n" + table, StandardCharsets.UTF_8);
        Bench.log("table written to " + reportFile);
        if (Boolean.parseBoolean(a.getOrDefault("publish", "false")) && !partial && !otherClients
                && a.getOrDefault("jvm", "").isBlank()) {
            Path docs = Path.of(a.get("docs")).toAbsolutePath().normalize();
            publish(docs, table);
            Bench.log("table published in " + docs);
        }
        System.exit(allRan ? 0 : 1);
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Runs one figure; a figure that cannot run is a row of the table saying so, and the run goes on. */
    private static boolean figure(Bench b, String name, Step step) {
        Bench.log("figure " + name);
        try {
            step.run();
            return true;
        } catch (Exception | AssertionError e) {
            Bench.log("figure " + name + " could not run: " + e);
            e.printStackTrace(System.out);
            b.report.add(new Report.Row(name, "could not run: " + e.getMessage(), "—", "—", "—",
                    Report.Verdict.FAILED));
            return false;
        }
    }

    /** Replaces the table between the markers in docs/performance.md. */
    static void publish(Path docs, String table) throws java.io.IOException {
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        int from = text.indexOf(BEGIN);
        int to = text.indexOf(END);
        if (from < 0 || to < from) {
            throw new IllegalStateException(docs + " has no " + BEGIN + " … " + END + " section");
        }
        Files.writeString(docs, text.substring(0, from + BEGIN.length()) + "\n" + table + "\n" + text.substring(to),
                StandardCharsets.UTF_8);
    }
}
