package cn.ecc.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figure 6: generated malformed requests against every write endpoint ({@link BadInputs#endpoints}). Counted:
 * answers of 5xx, requests with no answer, and rows changed, the last from snapshots of every table of the
 * stopped instance's database taken before and after.
 */
final class BadInputFigure {

    private static final int SENDERS = 4;

    private BadInputFigure() {
    }

    /**
     * Tables whose rows may change while the malformed requests run, for reasons other than the requests, with the
     * reason; every other table must be the same before and after, row for row.
     */
    static final Map<String, String> NOT_COMPARED = Map.of();

    /** Cases of each kind of target; small, so that every target is hit many times. */
    private static final int CASES = 8;

    static void run(Bench b) throws Exception {
        b.eccUp();
        Map<String, List<BadInputs.Target>> targets = targets(b);
        b.ecc.stop();
        Map<String, Map<String, String>> before = Db.with(b.ecc.database(), Db::snapshot);

        b.eccUp();
        Credentials prober = b.staff.prober();
        List<BadInputs.Endpoint> endpoints = BadInputs.endpoints(b.seed, prober, b.staff.judge().user());
        BadInputs gen = new BadInputs(b.seed, endpoints, targets);
        RawHttp raw = new RawHttp(b.ecc.httpPort(), prober);
        Map<String, AtomicLong> byStatus = new ConcurrentHashMap<>();
        Map<BadInputs.Category, AtomicLong> byCategory = new ConcurrentHashMap<>();
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        List<String> noAnswer = Collections.synchronizedList(new ArrayList<>());
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        List<String> findings = Collections.synchronizedList(new ArrayList<>());
        AtomicLong fiveXX = new AtomicLong();
        AtomicLong none = new AtomicLong();
        AtomicLong twoXX = new AtomicLong();
        Bench.log("bad input: " + b.settings.badInputs() + " requests");
        Load.Result load = Load.count(SENDERS, b.settings.badInputs(), Duration.ofMinutes(10), (client, n) -> {
            BadInputs.BadRequest r = gen.get(n);
            int status = raw.send(r);
            byStatus.computeIfAbsent(status < 0 ? "no answer" : Integer.toString(status), k -> new AtomicLong())
                    .incrementAndGet();
            byCategory.computeIfAbsent(r.category(), k -> new AtomicLong()).incrementAndGet();
            if (status >= 500) {
                fiveXX.incrementAndGet();
                sample(serverErrors, status + " ← " + r);
            } else if (status < 0) {
                none.incrementAndGet();
                sample(noAnswer, r.toString());
            } else if (status < 300) {
                twoXX.incrementAndGet();
                sample(accepted, status + " ← " + r);
            }
            if (status >= 500 || status < 300) {
                findings.add("answer: " + (status < 0 ? "none" : status) + "\n" + r.full());
            }
            return null;
        });
        b.ecc.stop();
        Path findingsFile = b.work.resolve("bad-input-findings.txt");
        Files.writeString(findingsFile, "Requests of figure 6 answered 5xx, 2xx or not at all (seed " + b.seed + "):\n\n"
                + String.join("\n", findings.stream().sorted(java.util.Comparator.comparingLong(
                        f -> Long.parseLong(f.substring(f.indexOf('#') + 1, f.indexOf(' ', f.indexOf('#')))))).toList()),
                java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Map<String, String>> after = Db.with(b.ecc.database(), Db::snapshot);
        NOT_COMPARED.keySet().forEach(t -> {
            before.remove(t);
            after.remove(t);
        });
        long changed = Db.rowsChanged(before, after);
        List<String> changedTables = new ArrayList<>();
        for (String t : after.keySet()) {
            if (Db.rowsChanged(Map.of(t, before.getOrDefault(t, Map.of())), Map.of(t, after.get(t))) > 0) {
                changedTables.add(t);
            }
        }
        long sent = load.requests();
        boolean met = fiveXX.get() == 0 && changed == 0 && sent >= b.settings.badInputs();
        b.report.add(new Report.Row("6 Bad input",
                sent + " malformed requests: " + fiveXX.get() + " answered 5xx, " + none.get() + " unanswered, "
                        + twoXX.get() + " answered 2xx",
                "rows before/after (every table)", fiveXX.get() + " × 5xx, " + changed + " rows changed",
                "0 × 5xx, 0 rows changed", met ? Report.Verdict.MET : Report.Verdict.MISSED));
        b.report.note("Bad input (6): seed " + b.seed + ", as a clerk (who is also chief, to decide approvals), "
                + endpoints.size() + " write endpoints " + endpoints.stream().map(e -> e.method() + " "
                        + e.path().replace("/api/", "")).toList() + " aimed at real records (cases, open nodes, "
                + "respondents, pending approvals, restrictions in force) with otherwise valid bodies; by kind "
                + new TreeMap<>(byCategory)
                + "; answers " + new TreeMap<>(byStatus) + "."
                + (changedTables.isEmpty() ? "" : " Tables changed: " + changedTables + ".")
                + (NOT_COMPARED.isEmpty() ? "" : " Not compared: " + NOT_COMPARED + ".")
                + (findings.isEmpty() ? "" : " Every such request in full: `" + b.work.relativize(findingsFile) + "` under the"
                        + " harness's work folder.")
                + (serverErrors.isEmpty() ? "" : " 5xx e.g.: " + String.join(" | ", serverErrors.subList(0, Math.min(3, serverErrors.size()))))
                + (accepted.isEmpty() ? "" : " 2xx e.g.: " + String.join(" | ", accepted.subList(0, Math.min(3, accepted.size()))))
                + (noAnswer.isEmpty() ? "" : " unanswered e.g.: " + String.join(" | ", noAnswer.subList(0, Math.min(3, noAnswer.size())))));
        if (!serverErrors.isEmpty() || !accepted.isEmpty() || !noAnswer.isEmpty()) {
            Bench.log("bad input findings:\n  5xx: " + serverErrors + "\n  2xx: " + accepted + "\n  no answer: " + noAnswer);
        }
    }

    /**
     * Real records to aim the requests at, made through the API as the clerk before the "before" snapshot: cases
     * (with their ETags, open nodes, never-listed respondents), pending term extensions the prober (chief) may
     * decide, and restrictions in force (listings approved by the court leader).
     */
    static Map<String, List<BadInputs.Target>> targets(Bench b) throws Exception {
        Api clerk = b.api();
        Cases own = new Cases(b.seed, "bad-targets", true);
        Map<String, List<BadInputs.Target>> t = new java.util.HashMap<>();
        BadInputs.TARGET_KINDS.forEach(k -> t.put(k, new ArrayList<>()));
        List<Long> cases = new ArrayList<>();
        for (int n = 0; n < 3 * CASES + 3; n++) {
            Api.Reply r = clerk.post("/api/cases", own.get(n).json());
            if (r.status() != 201) {
                throw new IllegalStateException("filing a target case: " + r.status() + " " + r.body());
            }
            if (b.courtCode == null) {
                b.learnFromFiling(r);
            } else {
                b.filed.add(r.json().get("id").asLong());
            }
            cases.add(r.json().get("id").asLong());
        }
        for (long id : cases.subList(0, CASES)) {
            Api.Reply c = clerk.get("/api/cases/" + id);
            t.get("case").add(new BadInputs.Target(id, c.etag()));
            t.get("unassigned").add(new BadInputs.Target(id, null));
            t.get("listable").add(new BadInputs.Target(c.json().get("respondents").get(0).get("id").asLong(), null, id));
            for (var node : clerk.get("/api/cases/" + id + "/nodes").json().get("items")) {
                if ("point-inquiry".equals(node.get("type").asText())) {
                    t.get("node").add(new BadInputs.Target(node.get("id").asLong(), null, id));
                }
            }
        }
        for (long id : cases.subList(CASES, 2 * CASES)) {
            Api.Reply a = clerk.post("/api/approvals", "{\"type\":\"TERM_EXTENSION\",\"caseId\":" + id
                    + ",\"reason\":\"财产处置尚未完成\",\"details\":{\"days\":\"30\"}}");
            if (a.status() != 201) {
                throw new IllegalStateException("asking for a term extension: " + a.status() + " " + a.body());
            }
            t.get("approval").add(new BadInputs.Target(a.json().get("id").asLong(), null));
        }
        Api leader = b.api(b.staff.leader());
        for (long id : cases.subList(2 * CASES, 2 * CASES + 3)) {
            Api.Reply c = clerk.get("/api/cases/" + id);
            long party = c.json().get("respondents").get(0).get("id").asLong();
            Api.Reply req = clerk.post("/api/restrictions/requests/listing", "{\"caseId\":" + id + ",\"partyId\":" + party
                    + ",\"restrictions\":[{\"type\":\"DISHONEST\",\"ground\":\"EVADES\"},"
                    + "{\"type\":\"CONSUMPTION\",\"ground\":\"LISTED_DISHONEST\"}],\"graceMonths\":0,"
                    + "\"reason\":\"以虚假诉讼规避执行\"}");
            if (req.status() != 201) {
                throw new IllegalStateException("asking for a listing: " + req.status() + " " + req.body());
            }
            long approval = req.json().get("approvalId").asLong();
            Api.Reply d = leader.post("/api/approvals/" + approval + "/decision", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}");
            if (d.status() != 200) {
                throw new IllegalStateException("approving a listing: " + d.status() + " " + d.body());
            }
            // the area carries the decision out after the approval's commit
            Api.Reply[] in = new Api.Reply[1];
            if (!b.ecc.await(java.time.Duration.ofSeconds(30), () -> {
                in[0] = clerk.get("/api/restrictions?caseId=" + id + "&state=IN_FORCE");
                return in[0].status() == 200 && in[0].json().get("items").size() == 2;
            })) {
                throw new IllegalStateException("the approved listing of case " + id + " was not carried out: "
                        + (in[0] == null ? "" : in[0].body()));
            }
            for (var r : in[0].json().get("items")) {
                t.get("DISHONEST".equals(r.get("type").asText()) ? "dishonest" : "consumption")
                        .add(new BadInputs.Target(r.get("id").asLong(), null));
            }
        }
        Bench.log("bad input targets: " + t.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size())
                .sorted().toList());
        return t;
    }

    private static void sample(List<String> list, String s) {
        if (list.size() < 20) {
            list.add(s.length() > 600 ? s.substring(0, 600) + "…" : s);
        }
    }
}
