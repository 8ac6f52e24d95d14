package cn.ecc.bench;

import static cn.ecc.bench.Report.fmt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Figure 4: {@code bundle:update} of an area bundle over the Karaf shell (SSH) while 8 clients call the other
 * areas. Counted: failed requests to the others (any answer but 2xx, or none) over the whole window, and the time
 * from sending the update command (on a shell session that has logged in) until the updated area answers again.
 */
final class HotUpdateFigure {

    private HotUpdateFigure() {
    }

    /** A case whose respondent the restrictions area may be asked to list: the case and the party. */
    record Listable(long caseId, long partyId) {
    }

    /**
     * A request to an area other than the updated one: the core (read a page, read a case, its nodes, file a case)
     * or the restrictions area (read restrictions and requests, ask for a listing of a respondent of a case filed
     * here: a write through the approval service).
     */
    static String otherAreas(Api api, Cases cases, List<Long> ids, Queue<Listable> listable, long seq) {
        SplittableRandom r = new SplittableRandom(seq);
        long someCase = ids.isEmpty() ? 1 : ids.get(r.nextInt(ids.size()));
        Api.Reply reply = switch (r.nextInt(8)) {
            case 0 -> api.get("/api/cases?limit=20&offset=" + r.nextInt(200));
            case 1 -> api.get("/api/cases/" + someCase);
            case 2 -> api.get("/api/cases/" + someCase + "/nodes");
            case 3 -> {
                Api.Reply filed = api.post("/api/cases", cases.get(seq).json());
                if (filed.status() == 201) {
                    var c = filed.json();
                    listable.add(new Listable(c.get("id").asLong(), c.get("respondents").get(0).get("id").asLong()));
                }
                yield filed;
            }
            case 4 -> api.get("/api/restrictions?limit=20");
            case 5 -> api.get("/api/restrictions/requests?limit=20");
            case 6 -> api.get("/api/restrictions/cases/" + someCase);
            default -> {
                Listable l = listable.poll();
                yield l == null ? api.get("/api/restrictions?limit=5")
                        : api.post("/api/restrictions/requests/listing", "{\"caseId\":" + l.caseId() + ",\"partyId\":"
                                + l.partyId() + ",\"restrictions\":[{\"type\":\"DISHONEST\",\"ground\":\"EVADES\"}],"
                                + "\"graceMonths\":0,\"reason\":\"以虚假诉讼规避执行（基准测试）\"}");
            }
        };
        return reply.ok() ? null : reply.status() + " " + (reply.error() != null ? reply.error() : reply.body());
    }

    static void run(Bench b) throws Exception {
        HotUpdateTarget target = HotUpdateTarget.CURRENT;
        b.eccUp();
        Cases own = new Cases(b.seed, "hot-read");
        for (int n = 0; b.filed.size() < 50 && n < 50; n++) {
            Api.Reply r = b.api().post("/api/cases", own.get(n).json());
            if (r.status() == 201) {
                b.filed.add(r.json().get("id").asLong());
            }
        }
        List<Long> ids = List.copyOf(b.filed);
        Cases cases = new Cases(b.seed, "hot", true);
        Queue<Listable> listable = new ConcurrentLinkedQueue<>();
        List<Api> apis = new ArrayList<>();
        for (int c = 0; c < b.settings.clients(); c++) {
            apis.add(b.api());
        }
        Api probeApi = b.api();
        List<Double> answeredAfter = new ArrayList<>();
        List<Double> updateTook = new ArrayList<>();
        List<Double> loginTook = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Shell shell = new Shell(b.ecc.sshPort(), b.admin)) {
            // the first login makes the instance's host key: not part of any update
            if (!target.probe().answers(shell, probeApi)) {
                throw new IllegalStateException(target.bundle() + " does not answer before the update ("
                        + target.description() + ")");
            }
            AtomicBoolean stop = new AtomicBoolean();
            Thread updater = new Thread(() -> {
                try {
                    for (int u = 0; u < b.settings.hotUpdates(); u++) {
                        Thread.sleep(b.settings.hotLoadSeconds() * 1000L);
                        // the clock starts when the command is sent: logging in changes nothing on the instance
                        long login = System.nanoTime();
                        long t0;
                        String out;
                        try (Shell.LoggedIn session = shell.login()) {
                            t0 = System.nanoTime();
                            loginTook.add((t0 - login) / 1e9);
                            out = session.run("bundle:update " + target.bundle());
                        }
                        updateTook.add((System.nanoTime() - t0) / 1e9);
                        if (!out.isBlank()) {
                            problems.add("bundle:update printed: " + out.strip());
                        }
                        double after = -1;
                        while (System.nanoTime() - t0 < 30_000_000_000L) {
                            if (target.probe().answers(shell, probeApi)) {
                                after = (System.nanoTime() - t0) / 1e9;
                                break;
                            }
                            Thread.sleep(20);
                        }
                        answeredAfter.add(after < 0 ? Double.POSITIVE_INFINITY : after);
                        Bench.log("update " + (u + 1) + " of " + target.bundle() + ": answered again after "
                                + (after < 0 ? "more than 30 s" : fmt(after, 2) + " s"));
                    }
                    Thread.sleep(b.settings.hotLoadSeconds() * 1000L);
                } catch (Exception e) {
                    problems.add(e.toString());
                } finally {
                    stop.set(true);
                }
            }, "updater");
            updater.start();
            Load.Result load = Load.until(b.settings.clients(), stop::get, Duration.ofMinutes(5),
                    (client, seq) -> otherAreas(apis.get(client), cases, ids, listable, seq));
            updater.join();
            double worst = answeredAfter.isEmpty() ? Double.POSITIVE_INFINITY : Stats.max(Stats.toArray(answeredAfter));
            boolean met = load.failures() == 0 && worst <= 2.0 && answeredAfter.size() == b.settings.hotUpdates()
                    && problems.isEmpty();
            b.report.add(new Report.Row("4 Hot update under load",
                    load.requests() + " requests to other areas during " + answeredAfter.size() + " updates of "
                            + target.bundle() + ": " + load.failures() + " failed; " + target.bundle()
                            + " answered again after median " + medianText(answeredAfter) + " s, max "
                            + fmt(worst, 2) + " s",
                    "—", load.failures() + " failed, " + fmt(worst, 2) + " s",
                    "0 failed; ≤ 2 s", met ? Report.Verdict.MET : Report.Verdict.MISSED));
            b.report.note("Hot update (4): " + b.settings.hotUpdates() + " × `bundle:update " + target.bundle()
                    + "` over SSH, " + b.settings.hotLoadSeconds() + " s apart, while " + b.settings.clients()
                    + " clients call the core (case pages, cases, their nodes, filings) and the restrictions area "
                    + "(restrictions, requests, listing requests for respondents of cases filed meanwhile) (p99 latency "
                    + (load.requests() == 0 ? "—" : fmt(Stats.p99(load.latenciesMs()), 1)) + " ms). \"Answers again\" = `"
                    + target.description() + "` answers 2xx, timed from sending the command on an SSH session that has "
                    + "logged in (logging in, not counted, took median " + medianText(loginTook) + " s); the command "
                    + "itself took median " + medianText(updateTook) + " s."
                    + (load.failureSamples().isEmpty() ? "" : " Failures: " + load.failureSamples())
                    + (problems.isEmpty() ? "" : " Problems: " + problems));
        }
    }

    private static String medianText(List<Double> values) {
        return values.isEmpty() ? "—" : fmt(Stats.median(values), 2);
    }
}
