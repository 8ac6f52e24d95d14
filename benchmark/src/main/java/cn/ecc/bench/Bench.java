package cn.ecc.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the figures share in one run: settings, the instances, what earlier figures left for later ones. */
public final class Bench {

    final Settings settings;
    final long seed;
    /** The first administrator of the instances: the shell, and the accounts it creates. */
    final Credentials admin;
    /** Name of the clerk account the load runs as. */
    final String clerkName;
    final Report report;
    final Path work;
    final Instance ecc;
    final Instance plain;
    /** A plain Karaf with the stack probe: the least an application on ECC's stack does at start (figure 3). */
    final Instance probe;

    /** The court code and year of the numbers the instance hands out (learnt from its first filing). */
    String courtCode;
    int year;
    LocalDate today;
    /** Ids of cases filed and acknowledged (201) during the run. */
    final List<Long> filed = Collections.synchronizedList(new ArrayList<>());
    /** The working accounts, created at the instance's first start ({@link #eccUp}). */
    Staff staff;
    /** Resident memory of the two sides when idle after start, in KiB. */
    long eccIdleRss;
    long plainIdleRss;

    Bench(Settings settings, long seed, Credentials admin, String clerkName, Report report, Path work, Instance ecc,
            Instance plain, Instance probe) {
        this.settings = settings;
        this.seed = seed;
        this.admin = admin;
        this.clerkName = clerkName;
        this.report = report;
        this.work = work;
        this.ecc = ecc;
        this.plain = plain;
        this.probe = probe;
    }

    /** A new client of the ECC instance's REST API as the clerk (one per load client). */
    Api api() {
        return api(clerk());
    }

    Api api(Credentials login) {
        return new Api(ecc.httpPort(), login);
    }

    Credentials clerk() {
        if (staff == null) {
            throw new IllegalStateException("the working accounts are made at the first start (Bench.eccUp)");
        }
        return staff.clerk();
    }

    /** Creates the working accounts once, on the running instance. */
    void ensureStaff() throws Exception {
        if (staff == null) {
            staff = Staff.create(ecc, admin, clerkName);
            Bench.log("accounts " + staff.clerk().user() + ", " + staff.prober().user() + ", " + staff.leader().user()
                    + ", " + staff.judge().user() + " created");
        }
    }

    /** Takes the court code, year and date the instance numbers cases with from a filing's answer. */
    void learnFromFiling(Api.Reply filing) {
        if (filing.status() != 201) {
            throw new IllegalStateException("filing failed: " + filing.status() + " "
                    + (filing.error() != null ? filing.error() : filing.body()));
        }
        var created = filing.json();
        courtCode = created.get("courtCode").asText();
        year = created.get("year").asInt();
        today = LocalDate.parse(created.get("filedOn").asText());
        filed.add(created.get("id").asLong());
    }

    /**
     * A request every started instance serves once it is ready. Asked as the administrator, who may not read cases:
     * 403 is the resource itself refusing (it is served), 404 that the application does not serve it yet. So the
     * probe needs no account but the first one, and is the same at the very first start.
     */
    static final String API_PROBE = "/api/cases?limit=1";

    static boolean served(Api.Reply r) {
        return r.status() == 200 || r.status() == 403;
    }

    /**
     * For every start, after /api/health said UP: how many times {@link #API_PROBE} was not served (404) before it
     * was, and the seconds until it was. Health promises that everything installed has started, so a single 404 is
     * the health check answering too early (the seconds alone also hold the first request's own cost, such as the
     * password hash of a first login).
     */
    record Readiness(int notServed, double seconds) {
    }

    final List<Readiness> readiness = Collections.synchronizedList(new ArrayList<>());

    /**
     * Starts the ECC instance if it is not running, waits for /api/health, then for the API itself; the working
     * accounts are created at the first start.
     */
    void eccUp() throws Exception {
        boolean starting = !ecc.running();
        if (starting) {
            ecc.start();
        }
        ecc.awaitHealthy();
        Readiness gap = awaitApi();
        if (starting) {
            readiness.add(gap);
        }
        ensureStaff();
    }

    /** Waits until the API serves {@link #API_PROBE}; how many answers said it was not served, and how long. */
    Readiness awaitApi() throws InterruptedException {
        Api api = api(admin);
        long t0 = System.nanoTime();
        int[] notServed = {0};
        if (!ecc.await(Instance.BOOT_TIMEOUT, () -> {
            Api.Reply r = api.get(API_PROBE);
            if (r.status() == 404) {
                notServed[0]++;
            }
            return served(r);
        })) {
            throw new IllegalStateException("/api/health answered 200, but " + API_PROBE + " did not within "
                    + Instance.BOOT_TIMEOUT + ": " + api.get(API_PROBE) + " (" + ecc.evidence("api-not-served") + ")");
        }
        return new Readiness(notServed[0], (System.nanoTime() - t0) / 1e9);
    }

    static void log(String message) {
        System.out.println("[bench " + java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"))
                + "] " + message);
        System.out.flush();
    }

    static String mib(long kib) {
        return Report.fmt(kib / 1024.0, 0) + " MiB";
    }
}
