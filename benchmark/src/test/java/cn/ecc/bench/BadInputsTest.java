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
    /** As strict as the platform's reader: one document, no duplicate keys. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final BadInputs gen = new BadInputs(SEED, BadInputs.endpoints(SEED), TARGETS);

    @Test
    void theSameSeedGivesTheSameRequests() {
        BadInputs again = new BadInputs(SEED, BadInputs.endpoints(SEED), TARGETS);
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
        BadInputs other = new BadInputs(SEED + 1, BadInputs.endpoints(SEED + 1), TARGETS);
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
        Set<String> endpoints = new HashSet<>();
        for (long n = 0; n < 10_000; n++) {
            BadRequest r = gen.get(n);
            kinds.merge(r.category(), 1, Integer::sum);
            if (r.category() == Category.BROKEN_JSON || r.category() == Category.WRONG_TYPE) {
                endpoints.add(r.method() + " " + r.path().replaceAll("/\\d+$", "/{id}"));
            }
        }
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(Category.values());
        assertThat(kinds.values()).allSatisfy(count -> assertThat(count).isGreaterThan(300));
        assertThat(endpoints).containsExactlyInAnyOrder("POST /api/cases", "PATCH /api/cases/{id}");
    }

    @Test
    void brokenJsonIsNeverOneValidDocumentAsFramed() {
        for (long n = 0; n < 5_000; n++) {
            BadRequest r = gen.get(n);
            if (r.category() != Category.BROKEN_JSON) {
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
        Set<Long> ids = Set.of(11L, 12L, 13L);
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
                    long id = Long.parseLong(r.path().substring(r.path().lastIndexOf('/') + 1));
                    assertThat(ids).doesNotContain(id);
                    assertThat(id <= 0 || id >= 1_000_000_000_000L).as(r.toString()).isTrue();
                }
                case WRONG_METHOD -> {
                    boolean collection = r.path().equals("/api/cases");
                    assertThat(r.method()).isNotEqualTo(collection ? "POST" : "PATCH");
                    assertThat(r.method()).isNotIn("GET", "HEAD", "OPTIONS");
                }
                case CONTENT_TYPE -> {
                    String type = r.header("Content-Type");
                    assertThat(type == null ? null : type.replaceAll(";.*", "").strip()).as(r.toString())
                            .isNotEqualTo("application/json");
                }
                default -> {
                }
            }
        }
    }

    @Test
    void typeAndValueFaultsStillParseSoThatValidationIsWhatRefusesThem() throws Exception {
        for (long n = 0; n < 5_000; n++) {
            BadRequest r = gen.get(n);
            if (r.category() == Category.WRONG_TYPE || r.category() == Category.INVALID_VALUE) {
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
        assertThatThrownBy(() -> new BadInputs(SEED, BadInputs.endpoints(SEED), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
