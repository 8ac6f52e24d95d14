package cn.ecc.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Malformed write requests, generated deterministically: request {@code n} of a seed is always the same. Each is
 * wrong in a way the REST contract (README) says must be refused: broken JSON, wrong types, values too large,
 * invalid values, unknown ids, path tricks, wrong content types, missing or stale If-Match, wrong methods. None
 * of them may be answered with a 5xx, and none may change a row.
 *
 * <p>Requests that carry an otherwise valid body (content type, precondition, method, unknown id) are refused
 * only for that one fault, so a 2xx to any of them is a real defect, not a generator artefact.
 */
public final class BadInputs {

    public enum Category {
        BROKEN_JSON, WRONG_TYPE, INVALID_VALUE, HUGE_VALUE, UNKNOWN_ID, PATH_TRICK, CONTENT_TYPE, PRECONDITION,
        WRONG_METHOD
    }

    /** What an endpoint reads. */
    public enum BodyKind {
        /** a JSON object */
        JSON,
        /** a JSON object or nothing at all (an action with an optional note) */
        OPTIONAL_JSON,
        /** nothing: an action on the resource the path names; only its path and method can be wrong */
        NONE,
        /** a spreadsheet file, named by the query parameter {@code name} */
        FILE
    }

    /**
     * An existing record an endpoint can be aimed at: its id (for {id} in the path, or in the body), its current
     * ETag for versioned endpoints, and the record it belongs to (for {parent}: a node's case, a party's case).
     */
    public record Target(long id, String etag, long parent) {

        public Target(long id, String etag) {
            this(id, etag, 0);
        }
    }

    /**
     * A write endpoint. {@code path} may hold {id} and {parent}; {@code targets} names the list of {@link Target}s it
     * is aimed at (null: none); {@code versioned} ones need If-Match; {@code validBody} makes a body the endpoint
     * would accept for a target, so that a request wrong in one respect only is refused for that respect alone.
     */
    public record Endpoint(String method, String path, String targets, boolean versioned, BodyKind kind,
            BiFunction<SplittableRandom, Target, ObjectNode> validBody) {

        boolean hasId() {
            return path.contains("{id}");
        }

        /** The kinds of fault this endpoint can be given. */
        List<Category> categories() {
            List<Category> c = new ArrayList<>(switch (kind) {
                case JSON, OPTIONAL_JSON -> Arrays.asList(Category.values());
                // no body: nothing to break but the path and the method
                case NONE -> List.of(Category.UNKNOWN_ID, Category.WRONG_METHOD);
                case FILE -> List.of(Category.BROKEN_JSON, Category.INVALID_VALUE, Category.HUGE_VALUE,
                        Category.PATH_TRICK, Category.CONTENT_TYPE, Category.WRONG_METHOD);
            });
            if (!versioned) {
                c.remove(Category.PRECONDITION);
            }
            if (!hasId()) {
                c.remove(Category.UNKNOWN_ID);
            }
            return c;
        }
    }

    /** One request, as bytes on the wire: a raw path, headers in order, a body. */
    public record BadRequest(long n, Category category, String method, String path, List<String[]> headers,
            byte[] body) {

        public String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            String b = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return "#" + n + " " + category + " " + method + " " + abbreviate(path) + " " + headers.stream()
                    .map(h -> h[0] + ": " + abbreviate(h[1])).toList() + " " + b + (body.length > 160 ? "…(" + body.length
                    + " bytes)" : "");
        }

        /** The whole request as sent (bodies beyond 4 KiB cut), for a findings file a developer replays from. */
        public String full() {
            StringBuilder b = new StringBuilder("#" + n + " " + category + "\n" + method + " " + path + "\n");
            headers.forEach(h -> b.append(h[0]).append(": ").append(abbreviate(h[1])).append('\n'));
            b.append('\n').append(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8));
            if (body.length > 4096) {
                b.append("…(").append(body.length).append(" bytes)");
            }
            return b.append('\n').toString();
        }

        private static String abbreviate(String s) {
            return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + ")" : s;
        }
    }

    /** More than the REST layer's body limit (ecc.web maxBodyBytes, 1 MiB by default). */
    static final int OVER_LIMIT = 1024 * 1024 + 64 * 1024;
    /** More than a spreadsheet upload may take (50 MiB). */
    static final int OVER_FILE_LIMIT = 50 * 1024 * 1024 + 64 * 1024;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** What a client accepts from endpoints that answer other than JSON (a PDF, or a problem when refused). */
    static final Map<String, String> ACCEPT = Map.of("/api/intake/documents/print", "application/pdf, application/problem+json");

    /** Other methods a path answers besides the listed writes (so that WRONG_METHOD never picks one). */
    static final Map<String, List<String>> ALSO_ANSWERS = Map.of("/api/auth/token", List.of("DELETE"));

    /**
     * The targets {@link #endpoints} aims at, by name: "case" (cases with their ETags), "node" (open nodes, parent =
     * case), "listable" (respondents never listed, id = party, parent = case), "approval" (pending term extensions the
     * prober may decide), "dishonest" and "consumption" (restrictions in force), "unassigned" (cases without handler).
     */
    public static final List<String> TARGET_KINDS = List.of("case", "node", "listable", "approval", "dishonest",
            "consumption", "unassigned");

    /**
     * Every write endpoint of the platform and its areas, one line each: what it reads and a body it would accept.
     * Left out: {@code DELETE /api/auth/token} (no input but the token it ends) and the read-only POSTs of reports.
     *
     * @param login    the prober's login: the token login and the password change are given its own credentials
     * @param judge    an active judge's username, so that an assignment can be valid
     */
    public static List<Endpoint> endpoints(long seed, Credentials login, String judge) {
        Cases valid = new Cases(seed, "bad");
        java.util.function.Function<SplittableRandom, ObjectNode> newCase = r -> tree(valid.get(r.nextInt(1_000_000)).json())
                .put("filedOn", "2024-06-0" + (1 + r.nextInt(9)));
        return List.of(
                // core: cases, nodes, terms, notices, approvals, logins
                new Endpoint("POST", "/api/cases", null, false, BodyKind.JSON, (r, t) -> newCase.apply(r)),
                new Endpoint("PATCH", "/api/cases/{id}", "case", true, BodyKind.JSON, (r, t) -> validCasePatch(r)),
                new Endpoint("POST", "/api/cases/{parent}/nodes/{id}/complete", "node", false, BodyKind.OPTIONAL_JSON,
                        (r, t) -> F.objectNode().put("note", pick(r, "已完成点对点查控", "已办理", "查询结果已附卷"))),
                new Endpoint("POST", "/api/cases/{id}/term/suspend", "case", false, BodyKind.JSON,
                        (r, t) -> F.objectNode().put("reason", pick(r, "SUSPENSION", "ANNOUNCEMENT", "APPRAISAL"))),
                new Endpoint("POST", "/api/cases/{id}/term/resume", "case", false, BodyKind.NONE, null),
                new Endpoint("POST", "/api/nodes/scan", null, false, BodyKind.NONE, null),
                new Endpoint("POST", "/api/notices/{id}/read", null, false, BodyKind.NONE, null),
                new Endpoint("POST", "/api/approvals", "case", false, BodyKind.JSON, (r, t) -> {
                    ObjectNode n = F.objectNode().put("type", "TERM_EXTENSION").put("caseId", t.id())
                            .put("reason", "财产处置尚未完成，申请延长审限");
                    n.putObject("details").put("days", Integer.toString(10 + r.nextInt(90)));
                    return n;
                }),
                new Endpoint("POST", "/api/approvals/{id}/decision", "approval", false, BodyKind.JSON,
                        (r, t) -> F.objectNode().put("decision", pick(r, "APPROVE", "REJECT")).put("comment", "同意")),
                new Endpoint("POST", "/api/auth/token", null, false, BodyKind.JSON,
                        (r, t) -> F.objectNode().put("username", login.user()).put("password", login.password())),
                new Endpoint("POST", "/api/me/password", null, false, BodyKind.JSON,
                        (r, t) -> F.objectNode().put("currentPassword", login.password())
                                .put("newPassword", "Changed-" + Long.toHexString(r.nextLong()) + "-7")),
                // intake
                new Endpoint("POST", "/api/intake/cases", null, false, BodyKind.JSON, (r, t) -> newCase.apply(r)),
                new Endpoint("POST", "/api/intake/cases/{id}/assignment", "unassigned", false, BodyKind.JSON,
                        (r, t) -> F.objectNode().put("handler", judge)),
                new Endpoint("POST", "/api/intake/cases/{id}/documents/sent", "case", false, BodyKind.NONE, null),
                new Endpoint("POST", "/api/intake/documents/print", "case", false, BodyKind.JSON, (r, t) -> {
                    ObjectNode n = F.objectNode();
                    n.putArray("caseIds").add(t.id());
                    n.putArray("documents").add(pick(r, "execution-notice", "payment-notice", "rights-notice"));
                    return n;
                }),
                new Endpoint("POST", "/api/intake/batches", null, false, BodyKind.FILE, null),
                // restrictions
                new Endpoint("POST", "/api/restrictions/requests/listing", "listable", false, BodyKind.JSON, (r, t) -> {
                    ObjectNode n = F.objectNode().put("caseId", t.parent()).put("partyId", t.id());
                    n.putArray("restrictions").addObject().put("type", "DISHONEST").put("ground",
                            pick(r, "EVADES", "OBSTRUCTS", "VIOLATES_PROPERTY_REPORT"));
                    return n.put("graceMonths", 0).put("reason", "被执行人以虚假诉讼规避执行");
                }),
                new Endpoint("POST", "/api/restrictions/requests/extension", "dishonest", false, BodyKind.JSON,
                        (r, t) -> F.objectNode().put("restrictionId", t.id()).put("years", 1 + r.nextInt(3))
                                .put("reason", "仍拒不履行")),
                new Endpoint("POST", "/api/restrictions/requests/removal", "dishonest", false, BodyKind.JSON, (r, t) -> {
                    ObjectNode n = F.objectNode();
                    n.putArray("restrictionIds").add(t.id());
                    return n.put("kind", pick(r, "REVOKED", "DELETED", "SHIELDED")).put("reason", "申请执行人撤回申请");
                }),
                new Endpoint("POST", "/api/restrictions/requests/temporary-lift", "consumption", false, BodyKind.JSON,
                        (r, t) -> {
                            java.time.LocalDate from = java.time.LocalDate.now(BaselineFiling.COURT_ZONE).plusDays(1 + r.nextInt(5));
                            return F.objectNode().put("restrictionId", t.id()).put("from", from.toString())
                                    .put("to", from.plusDays(3 + r.nextInt(20)).toString()).put("reason", "就医");
                        }));
    }

    /** Invalid values by field name, wherever the field occurs (README: every one answers 400). */
    private static final Map<String, List<JsonNode>> INVALID = new LinkedHashMap<>();

    static {
        INVALID.put("type", List.of(F.textNode("SECOND"), F.textNode("first"), F.textNode(""), F.textNode("执")));
        INVALID.put("filedOn", List.of(F.textNode("2026-02-30"), F.textNode("2026-13-01"), F.textNode("1989-12-31"),
                F.textNode("2999-01-01"), F.textNode("01/03/2026"), F.textNode("2026-3-1")));
        INVALID.put("cause", List.of(F.textNode("案".repeat(201)), F.textNode("民间\u0001借贷"), F.textNode("a\nb")));
        INVALID.put("basis", List.of(F.textNode(""), F.textNode("   "), F.textNode("书".repeat(501)), F.textNode("\u0000")));
        INVALID.put("amount", List.of(F.numberNode(new BigDecimal("-1")), F.numberNode(new BigDecimal("-0.01")),
                F.numberNode(new BigDecimal("1.005")), F.numberNode(new BigDecimal("0.001")),
                F.numberNode(new BigDecimal("10000000000000.00")), F.numberNode(new BigDecimal("1E+20"))));
        INVALID.put("applicants", List.of(F.arrayNode(), F.arrayNode().addNull()));
        INVALID.put("respondents", List.of(F.arrayNode(), F.arrayNode().addNull()));
        // a party's kind and a removal's kind alike (EXPIRED is the system's own removal, never asked for)
        INVALID.put("kind", List.of(F.textNode("ROBOT"), F.textNode("person"), F.textNode(""), F.textNode("EXPIRED")));
        INVALID.put("name", List.of(F.textNode(""), F.textNode("   "), F.textNode("张\u0007三"), F.textNode("名".repeat(201))));
        // fail as a citizen ID and as a credit code alike (a bad check digit alone can pass as a credit code)
        INVALID.put("idNumber", List.of(F.textNode("123"), F.textNode("11010519491231002"), F.textNode("1101051949123100211"),
                F.textNode("ABCDEFGHIJKLMNOPQR")));
        INVALID.put("phone", List.of(F.textNode("abc"), F.textNode("12"), F.textNode("1".repeat(30)), F.textNode("138-xxxx")));
        INVALID.put("address", List.of(F.textNode("河南省***街"), F.textNode("址".repeat(301))));
        INVALID.put("handler", List.of(F.textNode("h".repeat(65)), F.textNode("a\tb\u0002")));
        INVALID.put("filingReference", List.of(F.textNode("r".repeat(101)), F.textNode("\u001b[0m")));
        INVALID.put("keyCategory", List.of(F.textNode("k".repeat(101)), F.textNode("\u0003")));
        // nodes, terms, approvals, logins, intake, restrictions
        INVALID.put("note", List.of(F.textNode("注".repeat(501))));
        INVALID.put("reason", List.of(F.textNode(""), F.textNode("   "), F.textNode("由".repeat(1001))));
        INVALID.put("caseId", List.of(F.numberNode(0), F.numberNode(-1), F.numberNode(1_000_000_000_007L)));
        INVALID.put("partyId", List.of(F.numberNode(0), F.numberNode(-5), F.numberNode(1_000_000_000_009L)));
        INVALID.put("decision", List.of(F.textNode("MAYBE"), F.textNode("approve"), F.textNode("")));
        INVALID.put("comment", List.of(F.textNode("意".repeat(1001))));
        INVALID.put("details", List.of(F.objectNode().put("days", "0"), F.objectNode().put("days", "366"),
                F.objectNode().put("days", "三十"), F.objectNode()));
        INVALID.put("days", List.of(F.textNode("0"), F.textNode("-3"), F.textNode("9999"), F.textNode("x")));
        // never a wrong password of a real account: that would count towards its lockout
        INVALID.put("username", List.of(F.textNode(""), F.textNode("   ")));
        INVALID.put("password", List.of(F.textNode(""), F.textNode("p".repeat(129))));
        INVALID.put("currentPassword", List.of(F.textNode(""), F.textNode("p".repeat(129))));
        INVALID.put("newPassword", List.of(F.textNode(""), F.textNode("abc1"), F.textNode("n".repeat(129))));
        INVALID.put("caseIds", List.of(F.arrayNode(), F.arrayNode().addNull(), F.arrayNode().add(1_000_000_000_011L),
                manyIds(201)));
        INVALID.put("documents", List.of(F.arrayNode().add("no-such-document"), F.arrayNode().add("")));
        INVALID.put("restrictions", List.of(F.arrayNode(), F.arrayNode().addNull()));
        INVALID.put("ground", List.of(F.textNode("EVADE"), F.textNode("evades"), F.textNode(""),
                F.textNode("NOT_PERFORMED_IN_TIME")));
        INVALID.put("graceMonths", List.of(F.numberNode(4), F.numberNode(-1), F.numberNode(13)));
        INVALID.put("restrictionId", List.of(F.numberNode(0), F.numberNode(-1), F.numberNode(1_000_000_000_013L)));
        INVALID.put("restrictionIds", List.of(F.arrayNode(), F.arrayNode().addNull(), F.arrayNode().add(0), manyIds(21)));
        INVALID.put("years", List.of(F.numberNode(0), F.numberNode(4), F.numberNode(-1)));
        INVALID.put("performedOn", List.of(F.textNode("2999-01-01"), F.textNode("2026-13-01")));
        INVALID.put("from", List.of(F.textNode("2000-01-01"), F.textNode("2026-02-30")));
        INVALID.put("to", List.of(F.textNode("2000-01-01"), F.textNode("2999-12-31")));
    }

    private static ArrayNode manyIds(int n) {
        ArrayNode a = F.arrayNode();
        for (int i = 0; i < n; i++) {
            a.add(1_000_000_000_000L + i);
        }
        return a;
    }

    private final long seed;
    private final List<Endpoint> endpoints;
    private final Map<String, List<Target>> targets;

    /**
     * @param targets existing records by kind ({@link #TARGET_KINDS}); their ETags must be current (nothing here
     *                changes them, if the platform keeps its contract). An endpoint whose kind has no targets is
     *                given only faults that need none.
     */
    public BadInputs(long seed, List<Endpoint> endpoints, Map<String, List<Target>> targets) {
        for (Endpoint e : endpoints) {
            if (e.kind() != BodyKind.NONE && e.targets() != null && targets.getOrDefault(e.targets(), List.of()).isEmpty()) {
                throw new IllegalArgumentException(e.method() + " " + e.path() + " needs targets of kind " + e.targets());
            }
        }
        this.seed = seed;
        this.endpoints = List.copyOf(endpoints);
        this.targets = Map.copyOf(targets);
    }

    public BadRequest get(long n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        Endpoint e = endpoints.get(r.nextInt(endpoints.size()));
        List<Target> aims = e.targets() == null ? List.of() : targets.getOrDefault(e.targets(), List.of());
        List<Category> applicable = e.categories();
        Category c = applicable.get(r.nextInt(applicable.size()));
        Target t = aims.isEmpty() ? null : aims.get(r.nextInt(aims.size()));
        if (t == null && e.hasId() && c != Category.UNKNOWN_ID) {
            // nothing to aim at: an id no record has
            t = new Target(1_000_000_000_000L + r.nextInt(1000), "\"1\"", 1_000_000_000_000L);
        }
        Builder b = new Builder(n, c, e.method(), concrete(e, t, null));
        if (ACCEPT.containsKey(e.path())) {
            b.header("Accept", ACCEPT.get(e.path()));
        }
        if (e.kind() == BodyKind.FILE) {
            return file(r, b, e);
        }
        if (e.kind() != BodyKind.NONE) {
            b.json();
        }
        if (t != null && e.versioned()) {
            b.header("If-Match", t.etag());
        }
        ObjectNode body = e.validBody() == null ? F.objectNode() : e.validBody().apply(r, t);
        switch (c) {
            case BROKEN_JSON -> brokenJson(r, b, text(body), e.kind() == BodyKind.OPTIONAL_JSON);
            case WRONG_TYPE -> b.body(text(wrongType(r, body)));
            case INVALID_VALUE -> b.body(text(invalidValue(r, body)));
            case HUGE_VALUE -> hugeValue(r, b, e, t, body);
            case UNKNOWN_ID -> {
                long id = switch (r.nextInt(5)) {
                    case 0 -> 0;
                    case 1 -> -1 - r.nextInt(1000);
                    case 2 -> Long.MAX_VALUE;
                    default -> 1_000_000_000_000L + r.nextLong(1_000_000_000_000L);
                };
                b.path = concrete(e, t, Long.toString(id));
                b.replaceHeader("If-Match", "\"1\"");
                if (e.kind() != BodyKind.NONE) {
                    b.body(text(body));
                }
            }
            case PATH_TRICK -> {
                b.path = pathTrick(r, e, t);
                // the body is refused by validation too: a trick that routes to the real resource still writes nothing
                b.body(text(invalidValue(r, body)));
            }
            case CONTENT_TYPE -> {
                b.headers.removeIf(h -> h[0].equals("Content-Type"));
                String type = pick(r, "text/plain; charset=UTF-8", "application/xml", "text/html",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=bench", "application/octet-stream",
                        "text/json", "application/jsonx", "image/png", "application", "/", ";;;",
                        e.kind() == BodyKind.OPTIONAL_JSON ? "text/csv" : null);
                if (type != null) {
                    b.header("Content-Type", type);
                }
                b.body(text(body));
            }
            case PRECONDITION -> {
                long current = Long.parseLong(t.etag().replace("W/", "").replace("\"", ""));
                b.headers.removeIf(h -> h[0].equals("If-Match"));
                // versions no record reaches here, so the tags stay stale even if the platform wrongly accepted an
                // earlier request and moved a target's version on
                String ifMatch = switch (r.nextInt(8)) {
                    case 0 -> null;
                    case 1 -> "";
                    case 2 -> "\"" + (current + 1_000_000 + r.nextInt(5)) + "\"";
                    case 3 -> "\"" + pick(r, 0, -1, Long.MIN_VALUE) + "\"";
                    case 4 -> "abc";
                    case 5 -> "\"99999999999999999999999\"";
                    case 6 -> "W/\"" + (current + 1_000_007) + "\"";
                    default -> "\"" + current + "x\"";
                };
                if (ifMatch != null) {
                    b.header("If-Match", ifMatch);
                }
                b.body(text(body));
            }
            case WRONG_METHOD -> {
                b.method = wrongMethod(r, e);
                if (e.kind() != BodyKind.NONE) {
                    b.body(text(body));
                }
            }
            default -> throw new IllegalStateException(c.name());
        }
        return b.build();
    }

    /** The endpoint's path with the target's ids, or with {@code id} in place of the target's. */
    private static String concrete(Endpoint e, Target t, String id) {
        String p = e.path();
        if (p.contains("{parent}")) {
            p = p.replace("{parent}", Long.toString(t == null ? 1 : t.parent()));
        }
        if (p.contains("{id}")) {
            p = p.replace("{id}", id != null ? id : Long.toString(t == null ? 1 : t.id()));
        }
        return p;
    }

    /** A method the path does not answer (never GET, HEAD or OPTIONS: those write nothing). */
    private String wrongMethod(SplittableRandom r, Endpoint e) {
        List<String> methods = new ArrayList<>(List.of("PUT", "DELETE", "POST", "PATCH"));
        for (Endpoint other : endpoints) {
            if (other.path().equals(e.path())) {
                methods.remove(other.method());
            }
        }
        methods.removeAll(ALSO_ANSWERS.getOrDefault(e.path(), List.of()));
        return methods.get(r.nextInt(methods.size()));
    }

    /**
     * A spreadsheet upload that must be refused before anything is recorded. A file the endpoint can store is
     * accepted and reported on row by row by design (a batch with a report), so broken files are not among these:
     * empty files, files over the limit, unusable names and types, bad parameters.
     */
    private BadRequest file(SplittableRandom r, Builder b, Endpoint e) {
        String csv = "立案部门编号,案件类型,执行依据,申请执行标的,申请执行人,被执行人\nBENCH-file-" + b.n
                + ",执,(2025)豫1330民初1号民事判决书,1000,张三,李四\n";
        String name = "bench-" + b.n + ".csv";
        b.header("Content-Type", "text/csv");
        b.body(csv);
        switch (b.category) {
            case BROKEN_JSON -> {
                b.path = e.path() + "?name=" + name;
                b.body(new byte[0]);
            }
            case INVALID_VALUE -> {
                switch (r.nextInt(3)) {
                    // a name that says no spreadsheet, and a type that does not say either
                    case 0 -> {
                        b.path = e.path() + "?name=" + pick(r, "a.pdf", "a.txt", "a", "a.csv.exe", "a.doc", "a.json");
                        b.replaceHeader("Content-Type", "application/octet-stream");
                    }
                    case 1 -> b.path = e.path() + "?name=" + name + "&wait=" + pick(r, "abc", "1.5", "ten", "-", "1e3");
                    default -> {
                        // a type only a name could explain, and no name
                        b.path = e.path();
                        b.replaceHeader("Content-Type", "application/octet-stream");
                    }
                }
            }
            case HUGE_VALUE -> {
                if (r.nextInt(4) == 0) {
                    b.path = e.path() + "?name=" + name;
                    byte[] big = new byte[OVER_FILE_LIMIT];
                    java.util.Arrays.fill(big, (byte) 'x');
                    b.body(big);
                } else {
                    b.path = e.path() + "?name=" + name + "&wait=" + "9".repeat(20 + r.nextInt(30));
                }
            }
            case PATH_TRICK -> {
                b.path = pathTrick(r, e, null) ;
                b.body(new byte[0]);
            }
            case CONTENT_TYPE -> {
                b.path = e.path();
                b.replaceHeader("Content-Type", pick(r, "application/json", "text/plain", "application/xml", "image/png",
                        "multipart/form-data; boundary=x", "text/html"));
            }
            case WRONG_METHOD -> {
                b.path = e.path() + "?name=" + name;
                b.method = pick(r, "PUT", "DELETE", "PATCH");
            }
            default -> throw new IllegalStateException(b.category.name());
        }
        return b.build();
    }

    private static void brokenJson(SplittableRandom r, Builder b, String valid, boolean optional) {
        byte[] v = valid.getBytes(StandardCharsets.UTF_8);
        switch (r.nextInt(10)) {
            // any proper prefix of an object is not JSON
            case 0 -> b.body(Arrays.copyOf(v, r.nextInt(v.length)));
            case 1 -> b.body(valid.replaceFirst("\"", ""));
            case 2 -> b.body(valid.substring(0, valid.length() - 1) + ",}");
            case 3 -> b.body(valid + pick(r, "}", "{}", " x", ",", "]", "\"\""));
            case 4 -> {
                byte[] bad = v.clone();
                bad[1 + r.nextInt(bad.length - 2)] = (byte) 0xC3;
                bad[bad.length - 2] = (byte) 0x28;
                b.body(bad);
            }
            // where no body is a valid request, an empty body (and JSON null) is one too: not among these
            case 5 -> b.body(optional ? pick(r, "[]", "\"text\"", "42", "true", "{", "}", "{{}}", "{note:\"x\"}", "NaN")
                    : pick(r, "", "null", "[]", "\"text\"", "42", "true", "{", "}", "{{}}", "{'type':'FIRST'}",
                    "{type:\"FIRST\"}", "/* c */{}", "NaN", "\u0000"));
            case 6 -> {
                // the same key twice: refused (STRICT_DUPLICATE_DETECTION), never "last one wins"
                String first = valid.substring(1, valid.indexOf(',') < 0 ? valid.length() - 1 : valid.indexOf(','));
                b.body("{" + first + "," + valid.substring(1));
            }
            case 7 -> {
                // Content-Length shorter than the body: the server reads a truncated document
                b.body(v);
                b.contentLength = Math.max(0, v.length / 2);
            }
            case 8 -> {
                // chunked, with a chunk size that is not hex
                b.body(("zz\r\n" + valid + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                b.header("Transfer-Encoding", "chunked");
                b.contentLength = -1;
            }
            default -> {
                byte[] noise = new byte[1 + r.nextInt(200)];
                r.nextBytes(noise);
                noise[0] = (byte) '{';
                if (noise.length > 1) {
                    // no closing brace, so the noise can never happen to be an object such as {}
                    noise[noise.length - 1] = (byte) 0xFF;
                }
                b.body(noise);
            }
        }
    }

    private static ObjectNode wrongType(SplittableRandom r, ObjectNode body) {
        List<Slot> slots = slots(body);
        Slot s = slots.get(r.nextInt(slots.size()));
        JsonNode v = s.value();
        List<JsonNode> wrong = new ArrayList<>(List.of(F.objectNode(), F.arrayNode()));
        if (v.isTextual()) {
            wrong.addAll(List.of(F.numberNode(42), F.booleanNode(true), F.numberNode(new BigDecimal("3.14"))));
        } else if (v.isNumber()) {
            wrong.addAll(List.of(F.textNode(v.asText()), F.booleanNode(false)));
        } else if (v.isBoolean()) {
            wrong.addAll(List.of(F.textNode("true"), F.numberNode(1)));
        } else if (v.isArray()) {
            wrong.remove(1);
            wrong.addAll(List.of(F.textNode("张三"), F.numberNode(1)));
        } else if (v.isObject()) {
            wrong.remove(0);
            wrong.addAll(List.of(F.textNode("张三"), F.numberNode(1), F.booleanNode(true)));
        }
        s.set(wrong.get(r.nextInt(wrong.size())));
        return body;
    }

    private static ObjectNode invalidValue(SplittableRandom r, ObjectNode body) {
        List<Slot> candidates = slots(body).stream().filter(s -> INVALID.containsKey(s.name())).toList();
        if (candidates.isEmpty() || r.nextInt(8) == 0) {
            // a field no write body has: refused (FAIL_ON_UNKNOWN_PROPERTIES), at the top or in a party
            // ("id" is not one: a party carries its id)
            List<ObjectNode> objects = new ArrayList<>();
            objects.add(body);
            // not inside "details", a map of free names (a new name there is allowed)
            slots(body).stream().filter(s -> s.value().isObject() && !"details".equals(s.name()))
                    .forEach(s -> objects.add((ObjectNode) s.value()));
            objects.get(r.nextInt(objects.size())).put(pick(r, "status", "version", "unknown", "handlerId", "__proto__", "caseNumber"), 1);
            return body;
        }
        Slot s = candidates.get(r.nextInt(candidates.size()));
        List<JsonNode> values = INVALID.get(s.name());
        s.set(values.get(r.nextInt(values.size())).deepCopy());
        return body;
    }

    private void hugeValue(SplittableRandom r, Builder b, Endpoint e, Target t, ObjectNode body) {
        switch (r.nextInt(9)) {
            case 0 -> {
                // more than the body limit: 413, without the platform reading it all into memory
                StringBuilder s = new StringBuilder(OVER_LIMIT + 64);
                s.append("{\"cause\":\"");
                while (s.length() < OVER_LIMIT) {
                    s.append("案件案件案件案件");
                }
                b.body(s.append("\"}").toString());
            }
            case 1 -> b.body(text(body).replaceFirst("\\{", "{\"amount\":" + "9".repeat(100 + r.nextInt(200)) + ","));
            case 2 -> {
                set(body, "amount", F.numberNode(new BigDecimal("1E+400")));
                b.body(text(body));
            }
            case 3 -> {
                ArrayNode many = F.arrayNode();
                for (int i = 0; i < 501; i++) {
                    many.addObject().put("kind", "PERSON").put("name", "当事人" + i);
                }
                body.set("applicants", many);
                b.body(text(body));
            }
            case 4 -> {
                // nested deeper than the parser allows, and never closed
                b.body("{\"cause\":" + "[".repeat(200 + r.nextInt(2000)));
            }
            case 5 -> {
                set(body, pick(r, "cause", "basis", "name", "address", "keyCategory"), F.textNode("长".repeat(50_000 + r.nextInt(250_000))));
                b.body(text(body));
            }
            case 6 -> {
                b.path = e.hasId() ? concrete(e, t, "9".repeat(20 + r.nextInt(40))) : e.path() + "/" + "9".repeat(30);
                b.body(text(body));
            }
            case 7 -> {
                b.replaceHeader("If-Match", "\"" + "1".repeat(5_000) + "\"");
                if (!e.versioned()) {
                    set(body, "amount", F.numberNode(new BigDecimal("-" + "1".repeat(40))));
                }
                b.body(text(body));
            }
            default -> {
                set(body, "amount", F.numberNode(new BigDecimal("1" + "0".repeat(16) + ".00")));
                b.body(text(body));
            }
        }
    }

    /**
     * The endpoint's path bent: dot segments (raw and encoded), doubled slashes, path parameters, encoded slashes
     * and NUL, bad escapes, huge or odd ids, another case, backslashes, control characters. The path is cut at the
     * id: {@code head/id tail} (for paths without an id, the whole path is the head and "1" the id).
     */
    private static String pathTrick(SplittableRandom r, Endpoint e, Target t) {
        String h;
        String id;
        String tail;
        if (e.hasId()) {
            String p = concrete(e, t, "\u0000");
            h = p.substring(0, p.indexOf('\u0000') - 1);
            tail = p.substring(p.indexOf('\u0000') + 1);
            id = Long.toString(t == null ? 1 : t.id());
        } else {
            h = e.path();
            tail = "";
            id = "1";
        }
        String last = h.substring(h.lastIndexOf('/') + 1);
        String whole = h + "/" + id + tail;
        return pick(r,
                h + "/../" + last + "/" + id + tail,
                h + "/%2e%2e/" + id + tail,
                whole + "/..",
                h + "/" + id + "/../" + id + tail,
                whole.replaceFirst("/api/", "/api//"),
                h + ";jsessionid=x/" + id + tail,
                h + "/" + id + "%00" + tail,
                h + "/%2F" + id + tail,
                h + "/" + id + "%2F..%2F..%2Fetc%2Fpasswd" + tail,
                h + "/..%2f..%2f..%2fetc%2fpasswd",
                whole + "?id=1&id=2&x=%3Cscript%3E",
                h + "/%" + id + tail,
                h + "/%zz" + tail,
                h + "/" + "A".repeat(3_000 + r.nextInt(10_000)) + tail,
                h + "/" + id + "e0" + tail,
                h + "/0x" + Long.toHexString(Long.parseLong(id)) + tail,
                h + "/+" + id + tail,
                h + "/%EF%BC%91" + tail,
                h + "/" + id + "%20" + tail,
                h + "/./" + id + "/." + tail,
                "/api/%" + Integer.toHexString(whole.charAt(5)) + whole.substring(6),
                whole.toUpperCase(java.util.Locale.ROOT),
                whole + "/x",
                h + "/" + id + "\\..\\" + tail,
                h + "/\u0001" + tail,
                "/" + whole,
                whole + "#frag",
                h + "/案件" + tail);
    }

    private static ObjectNode validCasePatch(SplittableRandom r) {
        Cases.CaseData d = new Cases(r.nextLong(), "patch").get(0);
        ObjectNode n = F.objectNode();
        switch (r.nextInt(4)) {
            case 0 -> n.put("cause", d.cause());
            case 1 -> n.put("amount", d.amount()).put("keyCase", true);
            case 2 -> n.put("basis", d.basis()).put("keyCategory", "涉民生案件");
            default -> {
                ObjectNode full = tree(d.json());
                n.set("applicants", full.get("applicants"));
                n.set("respondents", full.get("respondents"));
                n.put("nonLitigation", r.nextBoolean());
            }
        }
        return n;
    }

    /** A place in a JSON tree holding a value: an object's field or an array's element. */
    private record Slot(JsonNode parent, String name, int index) {

        JsonNode value() {
            return index < 0 ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode v) {
            if (index < 0) {
                ((ObjectNode) parent).set(name, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }
    }

    /** Every value in the tree below the root, depth first. */
    private static List<Slot> slots(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> {
                out.add(new Slot(node, f, -1));
                collect(node.get(f), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                collect(node.get(i), out);
            }
        }
    }

    private static void set(ObjectNode body, String field, JsonNode value) {
        List<Slot> at = slots(body).stream().filter(s -> field.equals(s.name())).toList();
        if (at.isEmpty()) {
            body.set(field, value);
        } else {
            at.forEach(s -> s.set(value));
        }
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) Api.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(JsonNode n) {
        try {
            return Api.JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom r, T... values) {
        return values[r.nextInt(values.length)];
    }

    private static final class Builder {
        final long n;
        final Category category;
        String method;
        String path;
        final List<String[]> headers = new ArrayList<>();
        byte[] body = new byte[0];
        /** -1: none (chunked); null: the body's length. */
        Integer contentLength;

        Builder(long n, Category category, String method, String path) {
            this.n = n;
            this.category = category;
            this.method = method;
            this.path = path;
        }

        void json() {
            header("Content-Type", "application/json");
        }

        void header(String name, String value) {
            headers.add(new String[] {name, value});
        }

        void replaceHeader(String name, String value) {
            headers.removeIf(h -> h[0].equals(name));
            header(name, value);
        }

        void body(String s) {
            body = s.getBytes(StandardCharsets.UTF_8);
        }

        void body(byte[] b) {
            body = b;
        }

        BadRequest build() {
            List<String[]> h = new ArrayList<>(headers);
            if (contentLength == null) {
                h.add(new String[] {"Content-Length", Integer.toString(body.length)});
            } else if (contentLength >= 0) {
                h.add(new String[] {"Content-Length", Integer.toString(contentLength)});
            }
            return new BadRequest(n, category, method, path, List.copyOf(h), body);
        }
    }
}
