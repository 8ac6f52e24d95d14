package cn.ecc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.bench.BadInputs.BadRequest;
import cn.ecc.bench.BadInputs.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BadInputsTest {

    private static final long SEED = 20260301;
    private static final List<BadInputs.Target> TARGETS = List.of(new BadInputs.Target(11, "\"1\""),
            new BadInputs.Target(12, "\"3\""), new BadInputs.Target(13, "\"2\""));
    private static final Map<String, List<BadInputs.Target>> ALL = targets();
    private static final Credentials LOGIN = new Credentials("bench-bad", "Bench-secret-1");

    private static Map<String, List<BadInputs.Target>> targets() {
        Map<String, List<BadInputs.Target>> m = new java.util.HashMap<>();
        for (String kind : BadInputs.TARGET_KINDS) {
            m.put(kind, List.of(new BadInputs.Target(21, null, 11), new BadInputs.Target(22, null, 12)));
        }
        m.put("case", TARGETS);
        return m;
    }

    private static List<BadInputs.Endpoint> endpoints(long seed) {
        return BadInputs.endpoints(seed, LOGIN, "bench-judge");
    }

    /** Every number in a path: the ids it names. */
    private static Set<Long> ids(String path) {
        Set<Long> ids = new HashSet<>();
        java.util.regex.Matcher m = Pattern.compile("/(-?\\d{1,19})(?=/|$)").matcher(path);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
    /** As strict as the platform's reader: one document, no duplicate keys. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final BadInputs gen = new BadInputs(SEED, endpoints(SEED), ALL);

    @Test
    void theSameSeedGivesTheSameRequests() {
        BadInputs again = new BadInputs(SEED, endpoints(SEED), ALL);
        for (long n = 0; n < 500; n++) {
            BadRequest a = gen.get(n);
            BadRequest b = again.get(n);
            assertThat(b.method()).isEqualTo(a.method());
            assertThat(b.path()).isEqualTo(a.path());
            assertThat(b.headers()).usingRecursiveFieldByFieldElementComparator().isEqualTo(a.headers());
            assertThat(b.body()).isEqualTo(a.body());
        }
    }

    @Test
    void anotherSeedGivesOtherRequests() {
        BadInputs other = new BadInputs(SEED + 1, endpoints(SEED + 1), ALL);
        long same = 0;
        for (long n = 0; n < 200; n++) {
            if (java.util.Arrays.equals(gen.get(n).body(), other.get(n).body())) {
                same++;
            }
        }
        assertThat(same).isLessThan(20);
    }

    @Test
    void tenThousandRequestsCoverEveryKindAndEveryWriteEndpoint() {
        Map<Category, Integer> kinds = new EnumMap<>(Category.class);
        Map<String, Integer> endpoints = new java.util.HashMap<>();
        List<BadInputs.Endpoint> all = endpoints(SEED);
        for (long n = 0; n < 10_000; n++) {
            BadRequest r = gen.get(n);
            kinds.merge(r.category(), 1, Integer::sum);
            if (r.category() == Category.WRONG_METHOD) {
                continue;
            }
            all.stream().filter(e -> Pattern.matches(e.path().replace("{id}", "-?\\d+").replace("{parent}", "\\d+")
                    + "(\\?.*)?", r.path())).forEach(e -> endpoints.merge(e.path(), 1, Integer::sum));
        }
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(Category.values());
        assertThat(kinds.values()).allSatisfy(count -> assertThat(count).isGreaterThan(40));
        // every endpoint but the two that take nothing and name no record (only their method can be wrong)
        assertThat(endpoints.keySet()).containsAll(all.stream().map(BadInputs.Endpoint::path)
                .filter(p -> !p.equals("/api/nodes/scan")).toList());
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void brokenJsonIsNeverOneValidDocumentAsFramed() {
        for (long n = 0; n < 5_000; n++) {
            BadRequest r = gen.get(n);
            if (r.category() != Category.BROKEN_JSON || r.path().startsWith("/api/intake/batches")) {
                continue;
            }
            String length = r.header("Content-Length");
            if (r.header("Transfer-Encoding") != null) {
                assertThat(new String(r.body(), StandardCharsets.UTF_8)).startsWith("zz\r\n");
            } else if (Integer.parseInt(length) < r.body().length) {
                assertThat(Integer.parseInt(length)).isLessThan(r.body().length);
            } else {
                String text = new String(r.body(), StandardCharsets.UTF_8);
                assertThatThrownBy(() -> {
                    JsonNode node = STRICT.readTree(text);
                    if (node == null || node.isMissingNode()) {
                        throw new IllegalStateException("empty");
                    }
                    if (!node.isObject() || node.isEmpty()) {
                        throw new IllegalStateException("not a write body");
                    }
                }).as(r.toString()).isInstanceOf(Exception.class);
            }
        }
    }

    @Test
    void requestsWithAValidBodyAreWrongInTheirOneOtherRespect() {
        Set<Long> real = Set.of(11L, 12L, 13L, 21L, 22L);
        List<BadInputs.Endpoint> all = endpoints(SEED);
        for (long n = 0; n < 5_000; n++) {
            BadRequest r = gen.get(n);
            switch (r.category()) {
                case PRECONDITION -> {
                    String ifMatch = r.header("If-Match");
                    String current = TARGETS.stream().filter(t -> r.path().endsWith("/" + t.id())).findFirst()
                            .orElseThrow().etag();
                    assertThat(ifMatch == null || ifMatch.isBlank() || !ifMatch.replace("W/", "").equals(current))
                            .as(r.toString()).isTrue();
                }
                case UNKNOWN_ID -> {
                    Set<Long> named = ids(r.path());
                    named.removeAll(Set.of(11L, 12L));
                    assertThat(named).as(r.toString()).isNotEmpty().allSatisfy(id -> {
                        assertThat(real).doesNotContain(id);
                        assertThat(id <= 0 || id >= 1_000_000_000_000L).isTrue();
                    });
                }
                case WRONG_METHOD -> {
                    String path = r.path().replaceAll("\\?.*", "");
                    List<String> allowed = all.stream().filter(e -> Pattern.matches(e.path().replace("{id}", "\\d+")
                            .replace("{parent}", "\\d+"), path)).map(BadInputs.Endpoint::method).toList();
                    assertThat(allowed).as(r.toString()).isNotEmpty().doesNotContain(r.method());
                    assertThat(r.method()).isNotIn("GET", "HEAD", "OPTIONS");
                    if (path.equals("/api/auth/token")) {
                        assertThat(r.method()).isNotEqualTo("DELETE");
                    }
                }
                case CONTENT_TYPE -> {
                    String type = r.header("Content-Type");
                    assertThat(type == null ? null : type.replaceAll(";.*", "").strip()).as(r.toString())
                            .isNotIn(r.path().startsWith("/api/intake/batches")
                                    ? new String[] {"text/csv", "application/octet-stream"} : new String[] {"application/json"});
                }
                default -> {
                }
            }
        }
    }

    @Test
    void uploadsAreRefusedBeforeAnythingIsStored() {
        long uploads = 0;
        for (long n = 0; n < 10_000; n++) {
            BadRequest r = gen.get(n);
            if (!r.path().startsWith("/api/intake/batches")) {
                continue;
            }
            uploads++;
            // what the endpoint would store (and report on row by row): a POST with a usable name or type, a
            // number of seconds or no wait, and a non-empty file within the limit
            String type = r.header("Content-Type") == null ? "" : r.header("Content-Type");
            java.util.regex.Matcher m = Pattern.compile("/api/intake/batches(\\?name=([^&]*))?(&wait=(.*))?")
                    .matcher(r.path());
            boolean goodWait = m.matches() && (m.group(4) == null || m.group(4).matches("\\d{1,9}"));
            String name = m.matches() && m.group(2) != null ? m.group(2) : "";
            boolean format = type.equals("text/csv") || type.equals("application/octet-stream")
                    && (name.endsWith(".csv") || name.endsWith(".xlsx"));
            boolean storable = r.method().equals("POST") && goodWait && format
                    && r.body().length > 0 && r.body().length <= 50 * 1024 * 1024;
            assertThat(storable).as(r.toString()).isFalse();
        }
        assertThat(uploads).isGreaterThan(200);
    }

    @Test
    void typeAndValueFaultsStillParseSoThatValidationIsWhatRefusesThem() throws Exception {
        for (long n = 0; n < 5_000; n++) {
            BadRequest r = gen.get(n);
            if ((r.category() == Category.WRONG_TYPE || r.category() == Category.INVALID_VALUE)
                    && !r.path().startsWith("/api/intake/batches")) {
                JsonNode body = STRICT.readTree(r.body());
                assertThat(body.isObject()).isTrue();
                // a party's "id" is a known field: adding one would make a valid request
                for (JsonNode party : body.findValues("applicants")) {
                    if (party.isArray()) {
                        party.forEach(p -> assertThat(p.has("id")).as(r.toString()).isFalse());
                    }
                }
            }
        }
    }

    @Test
    void hugeValuesAreHuge() {
        Pattern longNumber = Pattern.compile("\\d{17,}|E\\+\\d{2,}");
        for (long n = 0; n < 5_000; n++) {
            BadRequest r = gen.get(n);
            if (r.category() != Category.HUGE_VALUE) {
                continue;
            }
            if (r.path().startsWith("/api/intake/batches")) {
                assertThat(r.body().length > BadInputs.OVER_FILE_LIMIT - 1 || r.path().matches(".*wait=\\d{20,}"))
                        .as(r.toString()).isTrue();
                continue;
            }
            String body = new String(r.body(), StandardCharsets.UTF_8);
            String ifMatch = r.header("If-Match");
            assertThat(r.body().length > 10_000 || r.path().length() > 30 || longNumber.matcher(body).find()
                    || body.startsWith("{\"cause\":[[[") || (ifMatch != null && ifMatch.length() > 1000))
                    .as(r.toString()).isTrue();
        }
    }

    @Test
    void someBodiesExceedTheOneMebibyteLimit() {
        long over = 0;
        for (long n = 0; n < 10_000; n++) {
            if (gen.get(n).body().length > 1024 * 1024) {
                over++;
            }
        }
        assertThat(over).isBetween(20L, 400L);
    }

    @Test
    void endpointsWithIdsNeedTargets() {
        assertThatThrownBy(() -> new BadInputs(SEED, endpoints(SEED), Map.of("case", TARGETS)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
