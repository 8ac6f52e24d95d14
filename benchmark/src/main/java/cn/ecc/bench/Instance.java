package cn.ecc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * One Karaf installation unpacked from the distribution's tar.gz into its own folder, on free loopback ports,
 * started with {@code bin/karaf server} as an operator would, stopped with SIGTERM (Karaf's orderly shutdown)
 * or killed with SIGKILL.
 */
public final class Instance {

    public static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final Path home;
    private final Credentials credentials;
    private final int httpPort;
    private final int sshPort;
    private Process launcher;
    private ProcessHandle jvm;
    /** Added to the JVM's options at every start (e.g. a flight recording); empty for none. */
    private String javaOptions = "";

    Instance(String name, Path home, Credentials credentials, int httpPort, int sshPort) {
        this.name = name;
        this.home = home;
        this.credentials = credentials;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** Unpacks the archive into {@code dir} (emptied first) and points it at free ports. */
    public static Instance unpack(String name, Path archive, Path dir, Credentials credentials)
            throws IOException, InterruptedException {
        deleteTree(dir);
        Files.createDirectories(dir);
        Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", dir.toString(),
                "--strip-components=1").inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IOException("tar could not unpack " + archive);
        }
        Instance i = new Instance(name, dir, credentials, freePort(), freePort());
        i.configure();
        return i;
    }

    private void configure() throws IOException {
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        // the harness talks only to the loopback; nothing of a test copy listens on the network
        setProperty("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1");
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryHost", "127.0.0.1");
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerHost", "127.0.0.1");
        // the shell logs in through ECC's own realm (the staff accounts), which replaces Karaf's users.properties
    }

    /** Sets {@code key = value} in a Karaf .cfg file, replacing the key's line or adding one. */
    public void setProperty(String file, String key, String value) throws IOException {
        Path f = home.resolve(file);
        List<String> lines = Files.exists(f) ? new ArrayList<>(Files.readAllLines(f, StandardCharsets.ISO_8859_1))
                : new ArrayList<>();
        boolean replaced = false;
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n).strip();
            if (!l.startsWith("#") && l.matches(java.util.regex.Pattern.quote(key) + "\\s*[=:].*")) {
                lines.set(n, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(f, lines, StandardCharsets.ISO_8859_1);
    }

    /** Launches {@code bin/karaf server}; returns at once. */
    public void start() throws IOException {
        if (running()) {
            throw new IllegalStateException(name + " is already running");
        }
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("ECC_ADMIN_PASSWORD", credentials.password());
        pb.environment().remove("JAVA_OPTS");
        // bin/setenv adds its own options (-Xmx from JAVA_MAX_MEM, UTF-8) around these
        pb.environment().put("EXTRA_JAVA_OPTS", javaOptions);
        pb.environment().remove("JAVA_MAX_MEM");
        launcher = pb.start();
        jvm = null;
    }

    /** Waits for a condition while the instance runs; false when the time is up or the JVM ended. */
    public boolean await(Duration timeout, BooleanSupplier ready) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready.getAsBoolean()) {
                return true;
            }
            if (!running()) {
                return false;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Waits for GET /api/health, asked without a login as a load balancer asks it, to answer 200. */
    public void awaitHealthy() throws InterruptedException {
        Api api = Api.anonymous(httpPort);
        if (!await(BOOT_TIMEOUT, () -> api.status("/api/health") == 200)) {
            throw new IllegalStateException(name + ": /api/health did not answer 200 within " + BOOT_TIMEOUT
                    + " (" + evidence("not-healthy") + ")");
        }
    }

    /**
     * Keeps what explains an instance that did not become ready, before anything stops or restarts it: the
     * threads of its JVM ({@code jcmd Thread.print}, taken while it still hangs) and a copy of its log, in a
     * folder beside the instance that the next start does not touch. Returns where they are, for the message.
     */
    public String evidence(String what) {
        Path dir = home.resolveSibling(name + "-" + what + "-"
                + java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HHmmss")));
        try {
            Files.createDirectories(dir);
            Path log = home.resolve("data/log/karaf.log");
            if (Files.exists(log)) {
                Files.copy(log, dir.resolve("karaf.log"));
            }
            boolean alive = running();
            if (alive) {
                Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
                Process p = new ProcessBuilder(jcmd.toString(), Long.toString(jvm().pid()), "Thread.print", "-l")
                        .redirectErrorStream(true).redirectOutput(dir.resolve("threads.txt").toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            return (alive ? "log and thread dump kept in " : "the JVM had ended; its log kept in ") + dir;
        } catch (IOException | RuntimeException e) {
            return "could not keep the evidence in " + dir + ": " + e + "; see " + home.resolve("data/log/karaf.log");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while keeping the evidence in " + dir;
        }
    }

    public boolean running() {
        return launcher != null && launcher.isAlive();
    }

    /** The Karaf JVM (a child of the bin/karaf shell script). */
    public ProcessHandle jvm() {
        if (jvm == null || !jvm.isAlive()) {
            jvm = launcher.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .findFirst().orElseThrow(() -> new IllegalStateException(name + ": no Karaf JVM"));
        }
        return jvm;
    }

    /** Resident memory of the Karaf JVM in KiB ({@code VmRSS} of /proc/&lt;pid&gt;/status). */
    public long rssKiB() throws IOException {
        return Files.readAllLines(Path.of("/proc/" + jvm().pid() + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong)
                .findFirst().orElseThrow();
    }

    /** An orderly stop (SIGTERM: Karaf stops its bundles, Derby closes its files), waiting for the end. */
    public void stop() throws InterruptedException {
        if (!running()) {
            return;
        }
        Optional<ProcessHandle> j = launcher.descendants().filter(p -> p.info().command()
                .map(c -> c.endsWith("/java")).orElse(false)).findFirst();
        j.ifPresent(ProcessHandle::destroy);
        if (!launcher.waitFor(120, TimeUnit.SECONDS)) {
            j.ifPresent(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            launcher.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** kill -9 of the JVM: no shutdown hook, no flush, no orderly close of anything. */
    public void kill9() throws InterruptedException {
        ProcessHandle j = jvm();
        j.destroyForcibly();
        j.onExit().join();
        launcher.waitFor(30, TimeUnit.SECONDS);
    }

    /** JVM options for the next starts, such as {@code -XX:StartFlightRecording=...}. */
    public void javaOptions(String options) {
        this.javaOptions = options == null ? "" : options.strip();
    }

    public String name() {
        return name;
    }

    public Path home() {
        return home;
    }

    public int httpPort() {
        return httpPort;
    }

    public int sshPort() {
        return sshPort;
    }

    /** The embedded Derby database of the core (and the areas), under data/. */
    public Path database() {
        return home.resolve("data/derby/ecc");
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
