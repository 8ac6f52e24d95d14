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
import java.util.function.Function;

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

    /** An existing record a versioned endpoint can be aimed at, with its current ETag. */
    public record Target(long id, String etag) {
    }

    /**
     * A write endpoint: {@code path} may hold {id}; {@code versioned} ones need If-Match; {@code validBody} makes
     * a body the endpoint would accept.
     */
    public record Endpoint(String method, String path, boolean versioned, Function<SplittableRandom, ObjectNode> validBody) {

        boolean hasId() {
            return path.contains("{id}");
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

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The write endpoints that exist. An area adds its own here, one line each. */
    public static List<Endpoint> endpoints(long seed) {
        Cases valid = new Cases(seed, "bad");
        return List.of(
                new Endpoint("POST", "/api/cases", false,
                        r -> tree(valid.get(r.nextInt(1_000_000)).json()).put("filedOn", "2024-06-0" + (1 + r.nextInt(9)))),
                new Endpoint("PATCH", "/api/cases/{id}", true, BadInputs::validCasePatch));
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
        INVALID.put("kind", List.of(F.textNode("ROBOT"), F.textNode("person"), F.textNode("")));
        INVALID.put("name", List.of(F.textNode(""), F.textNode("   "), F.textNode("张\u0007三"), F.textNode("名".repeat(201))));
        // fail as a citizen ID and as a credit code alike (a bad check digit alone can pass as a credit code)
        INVALID.put("idNumber", List.of(F.textNode("123"), F.textNode("11010519491231002"), F.textNode("1101051949123100211"),
                F.textNode("ABCDEFGHIJKLMNOPQR")));
        INVALID.put("phone", List.of(F.textNode("abc"), F.textNode("12"), F.textNode("1".repeat(30)), F.textNode("138-xxxx")));
        INVALID.put("address", List.of(F.textNode("河南省***街"), F.textNode("址".repeat(301))));
        INVALID.put("handler", List.of(F.textNode("h".repeat(65)), F.textNode("a\tb\u0002")));
        INVALID.put("filingReference", List.of(F.textNode("r".repeat(101)), F.textNode("\u001b[0m")));
        INVALID.put("keyCategory", List.of(F.textNode("k".repeat(101)), F.textNode("\u0003")));
    }

    private final long seed;
    private final List<Endpoint> endpoints;
    private final List<Target> targets;

    /**
     * @param targets existing records for the endpoints with {id}; their ETags must be current (nothing here
     *                changes them, if the platform keeps its contract)
     */
    public BadInputs(long seed, List<Endpoint> endpoints, List<Target> targets) {
        if (targets.isEmpty() && endpoints.stream().anyMatch(Endpoint::hasId)) {
            throw new IllegalArgumentException("endpoints with {id} need targets");
        }
        this.seed = seed;
        this.endpoints = List.copyOf(endpoints);
        this.targets = List.copyOf(targets);
    }

    public BadRequest get(long n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        Endpoint e = endpoints.get(r.nextInt(endpoints.size()));
        List<Category> applicable = new ArrayList<>(Arrays.asList(Category.values()));
        if (!e.versioned()) {
            applicable.remove(Category.PRECONDITION);
        }
        if (!e.hasId()) {
            applicable.remove(Category.UNKNOWN_ID);
        }
        Category c = applicable.get(r.nextInt(applicable.size()));
        Target t = e.hasId() ? targets.get(r.nextInt(targets.size())) : null;
        Builder b = new Builder(n, c, e.method(), t == null ? e.path() : e.path().replace("{id}", Long.toString(t.id())));
        b.json();
        if (t != null && e.versioned()) {
            b.header("If-Match", t.etag());
        }
        ObjectNode body = e.validBody().apply(r);
        switch (c) {
            case BROKEN_JSON -> brokenJson(r, b, text(body));
            case WRONG_TYPE -> b.body(text(wrongType(r, body)));
            case INVALID_VALUE -> b.body(text(invalidValue(r, body)));
            case HUGE_VALUE -> hugeValue(r, b, e, body);
            case UNKNOWN_ID -> {
                long id = switch (r.nextInt(5)) {
                    case 0 -> 0;
                    case 1 -> -1 - r.nextInt(1000);
                    case 2 -> Long.MAX_VALUE;
                    default -> 1_000_000_000_000L + r.nextLong(1_000_000_000_000L);
                };
                b.path = e.path().replace("{id}", Long.toString(id));
                b.replaceHeader("If-Match", "\"1\"");
                b.body(text(body));
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
                        "text/json", "application/jsonx", "image/png", "application", "/", ";;;", null);
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
                List<String> methods = new ArrayList<>(List.of("PUT", "DELETE", "POST", "PATCH"));
                for (Endpoint other : endpoints) {
                    if (other.path().equals(e.path())) {
                        methods.remove(other.method());
                    }
                }
                b.method = methods.get(r.nextInt(methods.size()));
                b.body(text(body));
            }
            default -> throw new IllegalStateException(c.name());
        }
        return b.build();
    }

    private static void brokenJson(SplittableRandom r, Builder b, String valid) {
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
            case 5 -> b.body(pick(r, "", "null", "[]", "\"text\"", "42", "true", "{", "}", "{{}}", "{'type':'FIRST'}",
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
            slots(body).stream().filter(s -> s.value().isObject()).forEach(s -> objects.add((ObjectNode) s.value()));
            objects.get(r.nextInt(objects.size())).put(pick(r, "status", "version", "unknown", "handlerId", "__proto__", "caseNumber"), 1);
            return body;
        }
        Slot s = candidates.get(r.nextInt(candidates.size()));
        List<JsonNode> values = INVALID.get(s.name());
        s.set(values.get(r.nextInt(values.size())).deepCopy());
        return body;
    }

    private void hugeValue(SplittableRandom r, Builder b, Endpoint e, ObjectNode body) {
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
                b.path = e.hasId() ? e.path().replace("{id}", "9".repeat(20 + r.nextInt(40))) : e.path() + "/" + "9".repeat(30);
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

    private static String pathTrick(SplittableRandom r, Endpoint e, Target t) {
        String base = e.path().replace("/{id}", "");
        String id = t == null ? "1" : Long.toString(t.id());
        return pick(r,
                base + "/../" + base.substring(base.lastIndexOf('/') + 1) + (e.hasId() ? "/" + id : ""),
                base + "/%2e%2e/" + id,
                base + "/" + id + "/..",
                base + "/" + id + "/../" + id,
                base.replace("/api/", "/api//") + (e.hasId() ? "/" + id : ""),
                base + ";jsessionid=x" + (e.hasId() ? "/" + id : ""),
                base + "/" + id + "%00",
                base + "/%2F" + id,
                base + "/" + id + "%2F..%2F..%2Fetc%2Fpasswd",
                base + "/..%2f..%2f..%2fetc%2fpasswd",
                base + "/" + id + "?id=1&id=2&x=%3Cscript%3E",
                base + "/%" + id,
                base + "/%zz",
                base + "/" + "A".repeat(3_000 + r.nextInt(10_000)),
                base + "/" + id + "e0",
                base + "/0x" + Long.toHexString(t == null ? 1 : t.id()),
                base + "/+" + id,
                base + "/%EF%BC%91",
                base + "/" + id + "%20",
                base + "/./" + id + "/.",
                "/api/%63ases" + (e.hasId() ? "/" + id : ""),
                "/API/CASES" + (e.hasId() ? "/" + id : ""),
                base + "/" + id + "/x",
                base + "/" + id + "\\..\\",
                base + "/\u0001",
                "/" + base + "/" + id,
                base + "/" + id + "#frag",
                base + "/" + "案件");
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
