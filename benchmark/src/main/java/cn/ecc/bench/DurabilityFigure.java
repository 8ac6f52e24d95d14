package cn.ecc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Figure 5: kill -9 of the Karaf JVM while 8 clients file cases, restart, and read back every case the API had
 * acknowledged with 201. Missing: not found after the restart. Incomplete: found, but not as acknowledged
 * (any field, parties included, differs from the 201 answer).
 */
final class DurabilityFigure {

    /** The default nodes a filing opens and the case-term node. */
    static final int NODES_PER_FILING = 6;

    private DurabilityFigure() {
    }

    private static int nodes(Api api, long caseId) {
        Api.Reply r = api.get("/api/cases/" + caseId + "/nodes");
        return r.status() == 200 ? r.json().path("items").size() : -1;
    }

    static void run(Bench b) throws Exception {
        SplittableRandom random = new SplittableRandom(b.seed);
        long acknowledged = 0;
        long missing = 0;
        long incomplete = 0;
        long failedBeforeKill = 0;
        long brokenChains = 0;
        List<String> samples = new ArrayList<>();
        for (int round = 0; round < b.settings.killRounds(); round++) {
            b.eccUp();
            List<Api> apis = new ArrayList<>();
            for (int c = 0; c < b.settings.clients(); c++) {
                apis.add(b.api());
            }
            Cases cases = new Cases(b.seed, "kill-r" + round);
            Map<Long, JsonNode> acked = new ConcurrentHashMap<>();
            AtomicBoolean killing = new AtomicBoolean();
            AtomicBoolean killed = new AtomicBoolean();
            long delayMs = 1500 + random.nextInt(2500);
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(delayMs);
                    killing.set(true);
                    b.ecc.kill9();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    killed.set(true);
                }
            }, "killer");
            killer.start();
            Load.Result load = Load.until(b.settings.clients(), killed::get, Duration.ofMinutes(2), (client, seq) -> {
                Api.Reply r = apis.get(client).post("/api/cases", cases.get(seq).json());
                if (r.status() == 201) {
                    JsonNode body = r.json();
                    acked.put(body.get("id").asLong(), body);
                    return null;
                }
                // after the kill nothing answers; before it, anything but 201 is a failure of its own
                return killing.get() ? null : r.status() + " " + r.body();
            });
            killer.join();
            failedBeforeKill += load.failures();
            Bench.log("kill -9 after " + delayMs + " ms: " + acked.size() + " cases acknowledged; restarting");
            b.eccUp();
            Api api = b.api();
            for (Map.Entry<Long, JsonNode> e : acked.entrySet()) {
                Api.Reply r = api.get("/api/cases/" + e.getKey());
                if (r.status() == 404 && !Bench.served(b.api(b.admin).get(Bench.API_PROBE))) {
                    // the case API itself is not served (yet): not an answer about this case
                    b.awaitApi();
                    r = api.get("/api/cases/" + e.getKey());
                }
                if (r.status() == 404) {
                    missing++;
                    sample(samples, "missing: " + e.getValue().get("number").asText());
                } else if (r.status() != 200) {
                    throw new IllegalStateException("reading case " + e.getKey() + " after restart: " + r.status());
                } else if (!r.json().equals(e.getValue())) {
                    incomplete++;
                    sample(samples, "incomplete: acknowledged " + e.getValue() + " read " + r.body());
                } else if (nodes(api, e.getKey()) != NODES_PER_FILING) {
                    incomplete++;
                    sample(samples, "incomplete: " + e.getValue().get("number").asText() + " has "
                            + nodes(api, e.getKey()) + " nodes, a filing opens " + NODES_PER_FILING);
                } else {
                    b.filed.add(e.getKey());
                }
            }
            acknowledged += acked.size();
            // the audit chain must survive the kill whole: no record of a lost transaction, no gap
            Api.Reply verify = b.api(b.admin).get("/api/audit/verify");
            if (verify.status() != 200 || !verify.json().path("intact").asBoolean(false)) {
                brokenChains++;
                sample(samples, "audit chain after kill " + (round + 1) + ": " + verify.status() + " " + verify.body());
            }
        }
        long lost = missing + incomplete + brokenChains;
        b.report.add(new Report.Row("5 Durability (kill -9 during intake)",
                acknowledged + " cases acknowledged with 201 over " + b.settings.killRounds() + " kills: " + missing
                        + " missing, " + incomplete + " incomplete after restart; audit chain "
                        + (brokenChains == 0 ? "intact" : "broken " + brokenChains + " times"),
                "—", Long.toString(lost), "0", lost == 0 ? Report.Verdict.MET : Report.Verdict.MISSED));
        b.report.note("Durability (5): " + b.settings.killRounds() + " rounds; each kills the JVM (SIGKILL) 1.5–4 s "
                + "into a load of " + b.settings.clients() + " filing clients, restarts it and reads back every "
                + "acknowledged case (all fields and parties must equal the 201 answer, and its " + NODES_PER_FILING
                + " nodes must be there: 5 default nodes and the term's), then checks the audit chain"
                + " (`GET /api/audit/verify`)."
                + (failedBeforeKill > 0 ? " Filings failing before the kill: " + failedBeforeKill + "." : "")
                + (samples.isEmpty() ? "" : " " + String.join(" | ", samples)));
    }

    private static void sample(List<String> list, String s) {
        if (list.size() < 5) {
            list.add(s.length() > 400 ? s.substring(0, 400) + "…" : s);
        }
    }
}
