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

    static void run(Bench b) throws Exception {
        b.eccUp();
        Api api = b.api();
        Cases own = new Cases(b.seed, "bad-targets");
        for (int n = 0; b.filed.size() < 20 && n < 20; n++) {
            Api.Reply r = api.post("/api/cases", own.get(n).json());
            if (r.status() == 201) {
                b.filed.add(r.json().get("id").asLong());
            }
        }
        List<BadInputs.Target> targets = new ArrayList<>();
        List<Long> ids = new ArrayList<>(b.filed);
        Collections.shuffle(ids, new java.util.Random(b.seed));
        for (long id : ids.subList(0, Math.min(20, ids.size()))) {
            Api.Reply r = api.get("/api/cases/" + id);
            if (r.status() == 200) {
                targets.add(new BadInputs.Target(id, r.etag()));
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException("no cases to aim the PATCH requests at");
        }
        b.ecc.stop();
        Map<String, Map<String, String>> before = Db.with(b.ecc.database(), Db::snapshot);

        b.eccUp();
        BadInputs gen = new BadInputs(b.seed, BadInputs.endpoints(b.seed), targets);
        RawHttp raw = new RawHttp(b.ecc.httpPort(), b.credentials);
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
        b.report.note("Bad input (6): seed " + b.seed + ", endpoints " + BadInputs.endpoints(b.seed).stream()
                .map(e -> e.method() + " " + e.path()).toList() + ", by kind " + new TreeMap<>(byCategory)
                + "; answers " + new TreeMap<>(byStatus) + "."
                + (changedTables.isEmpty() ? "" : " Tables changed: " + changedTables + ".")
                + (findings.isEmpty() ? "" : " Every such request in full: `" + b.work.relativize(findingsFile) + "` under the"
                        + " harness's work folder.")
                + (serverErrors.isEmpty() ? "" : " 5xx e.g.: " + String.join(" | ", serverErrors.subList(0, Math.min(3, serverErrors.size()))))
                + (accepted.isEmpty() ? "" : " 2xx e.g.: " + String.join(" | ", accepted.subList(0, Math.min(3, accepted.size()))))
                + (noAnswer.isEmpty() ? "" : " unanswered e.g.: " + String.join(" | ", noAnswer.subList(0, Math.min(3, noAnswer.size())))));
        if (!serverErrors.isEmpty() || !accepted.isEmpty() || !noAnswer.isEmpty()) {
            Bench.log("bad input findings:\n  5xx: " + serverErrors + "\n  2xx: " + accepted + "\n  no answer: " + noAnswer);
        }
    }

    private static void sample(List<String> list, String s) {
        if (list.size() < 20) {
            list.add(s.length() > 600 ? s.substring(0, 600) + "…" : s);
        }
    }
}
