package cn.ecc.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.FilingParticipant;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

/** The case REST API over real HTTP on the assembled distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CasesIT extends EccTestSupport {

    static final String CASE = """
            {"type":"FIRST","cause":"民间借贷纠纷","basis":"(2025)豫1330民初456号民事判决书","amount":120000.50,
             "applicants":[{"kind":"PERSON","name":"张三","idNumber":"11010519491231002X","phone":"13812345678",
                            "address":"河南省桐柏县城关镇大同街18号"}],
             "respondents":[{"kind":"ORGANISATION","name":"桐柏县某建材有限公司","idNumber":"91411330MA44XXXX1B"}]}
            """;

    @Test
    public void filesReadsAndSearches() {
        Http.Reply created = http.post("/api/cases", CASE);
        assertEquals(created.toString(), 201, created.status());
        String number = created.json().get("number").asText();
        assertTrue(number, number.matches("\\(\\d{4}\\)豫1330执\\d+号"));
        String location = created.header("Location");
        assertNotNull(location);

        // read by someone who may read cases but not parties' personal data
        Http.Reply read = http(Roles.NODE_MANAGER).get(location.substring(location.indexOf("/api/")));
        assertEquals(200, read.status());
        assertEquals(number, read.json().get("number").asText());
        assertEquals("\"" + read.json().get("version").asLong() + "\"", read.header("ETag"));
        assertEquals("张三", read.json().get("applicants").get(0).get("name").asText());
        // personal data is masked for a reader without the permission
        assertEquals("1101**********002X", read.json().get("applicants").get(0).get("idNumber").asText());

        JsonNode page = http.get("/api/cases?q=" + encode("建材") + "&limit=500").json();
        assertTrue(page.get("total").asLong() >= 1);
        assertEquals(500, page.get("limit").asInt());
        assertEquals(0, page.get("offset").asInt());
        assertTrue(page.toString(), page.get("items").findValuesAsText("number").contains(number));

        JsonNode none = http.get("/api/cases?q=" + encode("不存在的当事人")).json();
        assertEquals(0, none.get("total").asLong());
        assertEquals(0, none.get("items").size());
    }

    @Test
    public void filingsRunOnTheFilingThreadUnlessAnAreaFilesInItsOwnTransaction() {
        Map<String, String> threads = new java.util.concurrent.ConcurrentHashMap<>();
        FilingParticipant seen = (filed, input, actor) -> threads.put(filed.number(), Thread.currentThread().getName());
        ServiceRegistration<FilingParticipant> registration =
                bundleContext.registerService(FilingParticipant.class, seen, null);
        try {
            Http.Reply core = http.post("/api/cases", CASE);
            assertEquals(core.toString(), 201, core.status());
            Http.Reply intake = http.post("/api/intake/cases", CASE);
            assertEquals(intake.toString(), 201, intake.status());

            assertEquals("ecc-filing", threads.get(core.json().get("number").asText()));
            // the intake area writes its own rows in the filing's transaction, so the core files on the request thread
            String intakeThread = threads.get(intake.json().get("number").asText());
            assertNotNull(threads.toString(), intakeThread);
            assertNotEquals("ecc-filing", intakeThread);
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void aStaleUpdateIsRefused() {
        JsonNode created = http.post("/api/cases", CASE).json();
        String path = "/api/cases/" + created.get("id").asLong();
        String etag = http.get(path).header("ETag");

        Http.Reply missing = http.patch(path, "{\"cause\":\"买卖合同纠纷\"}", null);
        assertEquals(428, missing.status());

        Http.Reply first = http.patch(path, "{\"cause\":\"买卖合同纠纷\"}", etag);
        assertEquals(first.toString(), 200, first.status());
        assertNotEquals(etag, first.header("ETag"));

        Http.Reply stale = http.patch(path, "{\"cause\":\"借款合同纠纷\"}", etag);
        assertEquals(412, stale.status());
        assertEquals("application/problem+json", stale.header("Content-Type"));
        assertEquals(first.header("ETag"), stale.header("ETag"));

        assertEquals("买卖合同纠纷", http.get(path).json().get("cause").asText());
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        long before = total();
        Path log = Paths.get(System.getProperty("karaf.data"), "log", "karaf.log");
        long logBefore = Files.size(log);
        String base = CASE.strip();
        List<Object[]> cases = List.of(
                new Object[] {"{\"type\":\"FIRST\",", 400, ""},
                new Object[] {base.replace("\"FIRST\"", "\"SECOND\""), 400, "type"},
                new Object[] {base.replace("\"type\":\"FIRST\",", ""), 400, "type"},
                new Object[] {base.replace("120000.50", "\"many\""), 400, "amount"},
                new Object[] {base.replace("120000.50", "-5"), 400, "amount"},
                new Object[] {base.replace("120000.50", "10.005"), 400, "amount"},
                new Object[] {base.replace("\"cause\"", "\"filedOn\":\"2026-02-30\",\"cause\""), 400, "filedOn"},
                new Object[] {base.replace("\"cause\"", "\"filedOn\":\"2026-13-01\",\"cause\""), 400, "filedOn"},
                // a date is text, never an array (an empty one was taken for "no date")
                new Object[] {base.replace("\"cause\"", "\"filedOn\":[],\"cause\""), 400, "filedOn"},
                new Object[] {base.replace("\"cause\"", "\"filedOn\":[2026,3,2],\"cause\""), 400, "filedOn"},
                new Object[] {base.replace("\"PERSON\"", "\"ROBOT\""), 400, "applicants[0].kind"},
                new Object[] {base.replace("11010519491231002X", "110105194912310021"), 400, "applicants[0].idNumber"},
                new Object[] {base.replace("\"cause\"", "\"unknown\":1,\"cause\""), 400, "unknown"},
                new Object[] {base.replace("\"respondents\"", "\"respondentz\""), 400, "respondentz"},
                new Object[] {"[]", 400, ""},
                new Object[] {"", 400, ""});
        for (Object[] c : cases) {
            Http.Reply r = http.post("/api/cases", (String) c[0]);
            assertEquals(c[0] + " -> " + r, c[1], r.status());
            assertEquals("application/problem+json", r.header("Content-Type"));
            JsonNode problem = r.json();
            assertEquals(c[1], problem.get("status").asInt());
            assertTrue(r.toString(), problem.get("errors").findValuesAsText("field").contains((String) c[2]));
        }

        Http.Reply wrongType = http.send("POST", "/api/cases", CASE, "text/plain", Map.of());
        assertEquals(415, wrongType.status());
        assertEquals(415, http.send("POST", "/api/cases", CASE, "application", Map.of()).status());
        assertEquals(415, http.send("POST", "/api/cases", CASE, ";;;", Map.of()).status());
        Http.Reply untyped = http.send("POST", "/api/cases", CASE, null, Map.of());
        assertEquals(untyped.toString(), 415, untyped.status());
        assertEquals("application/problem+json", untyped.header("Content-Type"));
        assertEquals("a number or a boolean is no text", 400,
                http.post("/api/cases", base.replace("\"民间借贷纠纷\"", "true")).status());
        assertEquals(400, rawStatus("PATCH /api/cases/1\\..\\ HTTP/1.1", "Content-Type: application/json",
                "Content-Length: 2", "", "{}"));
        assertEquals("a broken chunked body", 400, rawStatus("POST /api/cases HTTP/1.1",
                "Content-Type: application/json", "Transfer-Encoding: chunked", "", "zz", "{\"a\":1}", "0", ""));

        String huge = "{\"cause\":\"" + "案".repeat(700_000) + "\"}";
        assertEquals(413, http.post("/api/cases", huge).status());
        Http.Reply chunked = http.send("POST", "/api/cases",
                BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))), "application/json", Map.of());
        assertEquals(chunked.toString(), 413, chunked.status());

        assertEquals(404, http.get("/api/cases/987654321").status());
        assertEquals(404, http.get("/api/cases/not-a-number").status());
        assertEquals(404, http.patch("/api/cases/987654321", "{\"cause\":\"x\"}", "\"1\"").status());
        Http.Reply badQuery = http.get("/api/cases?status=OPEN");
        assertEquals(400, badQuery.status());
        assertEquals("status", badQuery.json().get("errors").get(0).get("field").asText());
        assertEquals(400, http.get("/api/cases?filedFrom=2026-02-30").status());
        assertEquals(400, http.get("/api/cases?limit=0").status());

        assertEquals("a refused request wrote nothing", before, total());
        // an expected client error is answered, not logged as a failure with its stack trace
        String logged;
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(logBefore);
            logged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String failure : List.of("InvalidInputException", "NotFoundException", "StaleVersionException",
                "No message body reader", "rollback", "| ERROR |")) {
            assertFalse(failure + " in the log:\n" + logged, logged.contains(failure));
        }
    }

    @Test
    public void healthAndOpenApiAnswer() {
        JsonNode health = http.get("/api/health").json();
        assertEquals("UP", health.get("status").asText());
        JsonNode api = http.get("/api/openapi.json").json();
        assertEquals("3.0.3", api.get("openapi").asText());
        assertTrue(api.get("paths").has("/api/cases"));
        assertTrue(api.get("paths").get("/api/cases/{id}").has("patch"));
        assertTrue(api.get("components").get("schemas").has("NewCase"));
    }

    @Test
    public void theApiIsServedAtApiOnlyAndDescribedOnlyAfterLogin() {
        Http nobody = anonymous();
        assertEquals(401, nobody.get("/api/openapi.json").status());
        // CXF's own servlet would serve every application again at /cxf, with a service list and a WADL
        for (String path : List.of("/cxf/services", "/cxf/health", "/cxf/?_wadl")) {
            assertEquals(path, 404, nobody.get(path).status());
        }
        // and its generated WADL would describe every endpoint before the login is checked
        for (String path : List.of("/api/?_wadl", "/api/cases?_wadl", "/api/health?%5Fwadl",
                "/api/cases?limit=1&_wadl=")) {
            Http.Reply r = nobody.get(path);
            assertEquals(path + " -> " + r, 404, r.status());
            assertEquals("application/problem+json", r.header("Content-Type"));
            assertEquals(404, r.json().get("status").asInt());
            assertEquals(path, 404, http.get(path).status());
        }
        assertEquals(200, nobody.get("/api/health?limit=1").status());
    }

    @Test
    public void answersAreNotStoredByBrowsers() {
        for (Http.Reply r : List.of(http.get("/api/cases?limit=1"), http.get("/api/cases/987654321"),
                anonymous().get("/api/cases"), anonymous().get("/api/health"))) {
            assertEquals(r.toString(), "no-store", r.header("Cache-Control"));
            assertEquals(r.toString(), "nosniff", r.header("X-Content-Type-Options"));
        }
    }

    @Test
    public void reinstallingTheWebFeatureKeepsTheData() throws Exception {
        String number = http.post("/api/cases", CASE).json().get("number").asText();
        FeaturesService features = service(FeaturesService.class);
        EnumSet<FeaturesService.Option> quiet = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

        // the areas need the web layer and keep it installed while they are: they go first and come back after it
        List<String> areas = areasOnTheWeb(features);
        for (String area : areas) {
            features.uninstallFeature(area, quiet);
        }
        features.uninstallFeature("ecc-web", quiet);
        Await.until("the REST API to go away", Duration.ofSeconds(30), () -> status("/api/health") != 200);
        // the core keeps serving without the web layer
        Actor reader = new Actor("itest", "itest", Set.of(), Set.of(Permissions.CASE_READ));
        assertTrue(service(CaseService.class).findByNumber(number, reader).isPresent());

        features.installFeature("ecc-web", quiet);
        for (String area : areas) {
            features.installFeature(area, quiet);
        }
        Await.until("the REST API to come back", BOOT_TIMEOUT, () -> status("/api/health") == 200);
        JsonNode found = http.get("/api/cases?q=" + encode(number)).json();
        assertEquals(1, found.get("total").asLong());
    }

    /** Installed features that depend on ecc-web (the areas). */
    private static List<String> areasOnTheWeb(FeaturesService features) throws Exception {
        return java.util.Arrays.stream(features.listInstalledFeatures())
                .filter(f -> !f.getName().equals("ecc") && f.getDependencies().stream()
                        .anyMatch(d -> d.getName().equals("ecc-web")))
                .map(org.apache.karaf.features.Feature::getName).toList();
    }

    private int status(String path) {
        try {
            return http.get(path).status();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private long total() {
        return http.get("/api/cases?limit=1").json().get("total").asLong();
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
