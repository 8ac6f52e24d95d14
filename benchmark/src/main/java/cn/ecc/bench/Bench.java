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
    final Credentials credentials;
    final Report report;
    final Path work;
    final Instance ecc;
    final Instance plain;

    /** The court code and year of the numbers the instance hands out (learnt from its first filing). */
    String courtCode;
    int year;
    LocalDate today;
    /** Ids of cases filed and acknowledged (201) during the run. */
    final List<Long> filed = Collections.synchronizedList(new ArrayList<>());
    /** Resident memory of the two sides when idle after start, in KiB. */
    long eccIdleRss;
    long plainIdleRss;

    Bench(Settings settings, long seed, Credentials credentials, Report report, Path work, Instance ecc, Instance plain) {
        this.settings = settings;
        this.seed = seed;
        this.credentials = credentials;
        this.report = report;
        this.work = work;
        this.ecc = ecc;
        this.plain = plain;
    }

    /** A new client of the ECC instance's REST API (one per load client). */
    Api api() {
        return new Api(ecc.httpPort(), credentials);
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

    /** A request every started instance must answer with 200 once it is ready. */
    static final String API_PROBE = "/api/cases?limit=1";

    /**
     * For every start: seconds from /api/health answering 200 until {@link #API_PROBE} did too. Health promises
     * that everything installed has started, so anything above a few milliseconds is the health check answering
     * too early.
     */
    final List<Double> readinessGaps = Collections.synchronizedList(new ArrayList<>());

    /** Starts the ECC instance if it is not running, waits for /api/health, then for the API itself. */
    void eccUp() throws Exception {
        boolean starting = !ecc.running();
        if (starting) {
            ecc.start();
        }
        Api api = api();
        ecc.awaitHealthy(api);
        double gap = awaitApi(api);
        if (starting) {
            readinessGaps.add(gap);
        }
    }

    /** Waits until the API answers {@link #API_PROBE} with 200; the seconds it took. */
    double awaitApi(Api api) throws InterruptedException {
        long t0 = System.nanoTime();
        if (!ecc.await(Instance.BOOT_TIMEOUT, () -> api.status(API_PROBE) == 200)) {
            throw new IllegalStateException("/api/health answered 200, but " + API_PROBE + " did not within "
                    + Instance.BOOT_TIMEOUT + ": " + api.get(API_PROBE));
        }
        return (System.nanoTime() - t0) / 1e9;
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
