package cn.ecc.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.SpreadsheetFormat;
import cn.ecc.api.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.karaf.features.FeaturesService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The restrictions area (失信、限高) on the assembled distribution, over HTTP with the logins of each role:
 * listing after the court leader's approval, refusal, removal only after the leader's approval and the command
 * center head's review, no other way to remove for any role, the rules (minors, respondents only, no second
 * listing), the ledger and its exports, and the area's uninstall/install cycle.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestrictionsIT extends EccTestSupport {

    static final String APPROVE = "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}";
    static final String REJECT = "{\"decision\":\"REJECT\",\"comment\":\"证据不足，不予纳入\"}";
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    static final String ADULT_ID = citizenId(LocalDate.of(1980, 5, 6));
    static final String MINOR_ID = citizenId(LocalDate.now(COURT_ZONE).minusYears(15));
    static final Duration DECISION = Duration.ofSeconds(30);

    static final List<String> REQUESTERS = List.of(Roles.JUDGE, Roles.CLERK);
    static final List<String> READERS = List.of(Roles.CHIEF, Roles.DEPUTY, Roles.COURT_LEADER, Roles.CENTER_HEAD,
            Roles.JUDGE, Roles.OFFICER, Roles.CLERK, Roles.NODE_MANAGER, Roles.CLOSURE_OFFICER, Roles.PETITION_OFFICER,
            Roles.ARCHIVIST, Roles.INSPECTOR);
    static final List<String> LEDGER_READERS = List.of(Roles.CHIEF, Roles.DEPUTY, Roles.COURT_LEADER,
            Roles.CENTER_HEAD, Roles.CLERK, Roles.INSPECTOR);

    /** A filed case: an applicant, and as respondents an organisation, an adult and a minor. */
    record Case(long id, String number, long applicant, long company, long adult, long minor) {
    }

    private Case newCase() {
        String body = """
                {"type":"FIRST","cause":"民间借贷纠纷","basis":"(2025)豫1330民初456号民事判决书","amount":120000.50,
                 "applicants":[{"kind":"PERSON","name":"张三","idNumber":"11010519491231002X"}],
                 "respondents":[{"kind":"ORGANISATION","name":"桐柏县某建材有限公司","idNumber":"91411330MA44XXXX1B"},
                                {"kind":"PERSON","name":"李四","idNumber":"%s"},
                                {"kind":"PERSON","name":"王小五","idNumber":"%s"}]}
                """.formatted(ADULT_ID, MINOR_ID);
        Http.Reply filed = http.post("/api/cases", body);
        assertEquals(filed.toString(), 201, filed.status());
        JsonNode c = filed.json();
        JsonNode r = c.get("respondents");
        return new Case(c.get("id").asLong(), c.get("number").asText(), c.get("applicants").get(0).get("id").asLong(),
                r.get(0).get("id").asLong(), r.get(1).get("id").asLong(), r.get(2).get("id").asLong());
    }

    private static String listing(Case c, long party, String measures, int grace) {
        return "{\"caseId\":" + c.id() + ",\"partyId\":" + party + ",\"restrictions\":[" + measures
                + "],\"graceMonths\":" + grace + ",\"reason\":\"被执行人有履行能力而拒不履行，经多次执行仍未履行\"}";
    }

    static final String DISHONEST = "{\"type\":\"DISHONEST\",\"ground\":\"EVADES\"}";
    static final String CONSUMPTION = "{\"type\":\"CONSUMPTION\",\"ground\":\"NOT_PERFORMED_IN_TIME\"}";

    /** Asks as the judge; answers the request. */
    private JsonNode ask(String path, String body) {
        Http.Reply r = http(Roles.JUDGE).post("/api/restrictions/requests/" + path, body);
        assertEquals(r.toString(), 201, r.status());
        assertNotNull(r.header("Location"));
        return r.json();
    }

    private void decide(String role, long approvalId, String decision) {
        Http.Reply r = http(role).post("/api/approvals/" + approvalId + "/decision", decision);
        assertEquals(role + " deciding " + approvalId + ": " + r, 200, r.status());
    }

    private JsonNode awaitRequest(long requestId, String state) {
        Await.until("request " + requestId + " to be " + state, DECISION,
                () -> state.equals(http.get("/api/restrictions/requests/" + requestId).json().get("state").asText()));
        return http.get("/api/restrictions/requests/" + requestId).json();
    }

    private JsonNode ofCase(Case c) {
        Http.Reply r = http.get("/api/restrictions/cases/" + c.id());
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private JsonNode restriction(long id) {
        return http.get("/api/restrictions/" + id).json();
    }

    /** Lists the party with one measure through the leader's approval; answers the restriction's id. */
    private long listed(Case c, long party, String measure, int grace) {
        JsonNode r = ask("listing", listing(c, party, measure, grace));
        decide(Roles.COURT_LEADER, r.get("approvalId").asLong(), APPROVE);
        JsonNode done = awaitRequest(r.get("id").asLong(), "DONE");
        return done.get("restrictionIds").get(0).asLong();
    }

    @Test
    public void a_anApprovedListingIsInForceWithItsTermAndInTheLedger() {
        Case c = newCase();
        JsonNode r = ask("listing", listing(c, c.adult(), DISHONEST + "," + CONSUMPTION.replace("NOT_PERFORMED_IN_TIME",
                "LISTED_DISHONEST"), 0));
        assertEquals("PENDING", r.get("state").asText());
        assertEquals("nothing is in force before the approval", 0, ofCase(c).size());
        JsonNode approval = http(Roles.COURT_LEADER).get("/api/approvals/" + r.get("approvalId").asLong()).json();
        assertEquals("RESTRICTION_LISTING", approval.get("type").asText());
        assertTrue(approval.get("reason").asText(), approval.get("reason").asText().contains("李四"));
        assertFalse("no ID number in clear on the form", approval.toString().contains(ADULT_ID));

        decide(Roles.COURT_LEADER, r.get("approvalId").asLong(), APPROVE);
        awaitRequest(r.get("id").asLong(), "DONE");

        JsonNode list = ofCase(c);
        assertEquals(list.toString(), 2, list.size());
        LocalDate today = LocalDate.now(COURT_ZONE);
        for (JsonNode v : list) {
            assertEquals(v.toString(), "IN_FORCE", v.get("state").asText());
            assertEquals(today.toString(), v.get("effectiveOn").asText());
            assertTrue(v.get("listingApprovers").asText().contains("测试" + username(Roles.COURT_LEADER)));
            assertEquals(ADULT_ID.substring(0, 4) + "**********" + ADULT_ID.substring(14), v.get("idNumber").asText());
            if (v.get("type").asText().equals("DISHONEST")) {
                assertEquals(24, v.get("termMonths").asInt());
                assertFalse(v.get("endsOn").isNull());
                assertFalse(LocalDate.parse(v.get("endsOn").asText()).isBefore(today.plusYears(2)));
            } else {
                assertTrue("限高 has no fixed term", v.get("termMonths").isNull());
            }
        }
        long id = list.get(0).get("id").asLong();
        Http.Reply one = http.get("/api/restrictions/" + id);
        assertEquals(200, one.status());
        assertNotNull(one.header("ETag"));

        JsonNode ledger = http.get("/api/restrictions/ledger?caseId=" + c.id()).json();
        assertEquals(ledger.toString(), 2, ledger.get("total").asInt());
        for (JsonNode line : ledger.get("items")) {
            assertEquals("LISTED", line.get("action").asText());
            assertEquals(c.number(), line.get("caseNumber").asText());
            assertEquals("李四", line.get("personName").asText());
            assertTrue(line.get("approvers").asText().contains("测试" + username(Roles.COURT_LEADER)));
        }
        assertFalse(ledger.toString().contains(ADULT_ID));
    }

    @Test
    public void b_aRefusedListingRecordsNothing() {
        Case c = newCase();
        JsonNode r = ask("listing", listing(c, c.adult(), DISHONEST, 0));
        decide(Roles.COURT_LEADER, r.get("approvalId").asLong(), REJECT);
        JsonNode refused = awaitRequest(r.get("id").asLong(), "REJECTED");
        assertTrue(refused.get("outcome").asText().contains("证据不足"));
        assertEquals(0, ofCase(c).size());
        assertEquals(0, http.get("/api/restrictions/ledger?caseId=" + c.id()).json().get("total").asInt());
    }

    @Test
    public void c_removalNeedsTheLeadersApprovalAndThenTheCenterHeadsReview() {
        Case c = newCase();
        long id = listed(c, c.adult(), DISHONEST, 0);
        JsonNode removal = ask("removal", "{\"restrictionIds\":[" + id + "],\"kind\":\"REVOKED\","
                + "\"reason\":\"纳入错误：被执行人已提供充分有效担保\"}");
        long approvalId = removal.get("approvalId").asLong();
        String approval = "/api/approvals/" + approvalId;

        Http.Reply early = http(Roles.CENTER_HEAD).post(approval + "/decision", APPROVE);
        assertEquals("the review comes after the leader's approval: " + early, 403, early.status());
        decide(Roles.COURT_LEADER, approvalId, APPROVE);
        JsonNode half = http(Roles.COURT_LEADER).get(approval).json();
        assertEquals("PENDING", half.get("state").asText());
        assertEquals(1, half.get("currentStep").asInt());
        Http.Reply leaderAgain = http(Roles.COURT_LEADER).post(approval + "/decision", APPROVE);
        assertEquals("the leader cannot review: " + leaderAgain, 403, leaderAgain.status());
        for (String role : List.of(Roles.CHIEF, Roles.ADMIN, Roles.JUDGE)) {
            assertEquals(role, 403, http(role).post(approval + "/decision", APPROVE).status());
        }
        assertEquals("still in force while the review is missing", "IN_FORCE", restriction(id).get("state").asText());
        assertEquals("PENDING", http.get("/api/restrictions/requests/" + removal.get("id").asLong()).json()
                .get("state").asText());

        decide(Roles.CENTER_HEAD, approvalId, APPROVE);
        awaitRequest(removal.get("id").asLong(), "DONE");
        JsonNode ended = restriction(id);
        assertEquals("ENDED", ended.get("state").asText());
        assertEquals("REVOKED", ended.get("endKind").asText());
        assertTrue(ended.get("removalApprovers").asText().contains("测试" + username(Roles.COURT_LEADER)));
        assertTrue(ended.get("removalApprovers").asText().contains("测试" + username(Roles.CENTER_HEAD)));

        JsonNode ledger = http.get("/api/restrictions/ledger?caseId=" + c.id()).json().get("items");
        assertEquals(2, ledger.size());
        assertEquals("REMOVED", ledger.get(1).get("action").asText());
        assertEquals("撤销", ledger.get(1).get("actionLabel").asText());
        assertTrue(ledger.get(1).get("reason").asText().contains("纳入错误"));
    }

    @Test
    public void d_noRoleCanRemoveARestrictionAnyOtherWay() {
        Case c = newCase();
        long id = listed(c, c.adult(), DISHONEST, 0);
        String r = "/api/restrictions/" + id;
        List<String> wrong = new ArrayList<>();
        for (String role : Roles.ALL) {
            Http client = http(role);
            // no path removes, ends or changes a restriction: the method is not allowed, or there is no such path
            expect(wrong, role, client.send("DELETE", r, (String) null, null, Map.of()), 405);
            expect(wrong, role, client.send("PUT", r, "{\"state\":\"ENDED\"}", "application/json", Map.of()), 405);
            expect(wrong, role, client.send("PATCH", r, "{\"state\":\"ENDED\"}", "application/json",
                    Map.of("If-Match", "\"0\"")), 405);
            expect(wrong, role, client.post(r, "{}"), 405);
            expect(wrong, role, client.send("DELETE", "/api/restrictions/cases/" + c.id(), (String) null, null,
                    Map.of()), 405);
            for (String end : List.of("/removal", "/end", "/remove", "/lift")) {
                expect(wrong, role, client.post(r + end, "{}"), 404);
            }
            // every path that asks for a change: the wrong roles are refused before anything is read
            boolean requester = REQUESTERS.contains(role);
            for (String kind : List.of("listing", "extension", "removal", "temporary-lift")) {
                expect(wrong, role, client.post("/api/restrictions/requests/" + kind, "{}"), requester ? 400 : 403);
            }
            expect(wrong, role, client.get("/api/restrictions?caseId=" + c.id()), READERS.contains(role) ? 200 : 403);
            expect(wrong, role, client.get(r), READERS.contains(role) ? 200 : 403);
            expect(wrong, role, client.get("/api/restrictions/ledger?caseId=" + c.id()),
                    LEDGER_READERS.contains(role) ? 200 : 403);
            expect(wrong, role, client.get("/api/restrictions/statistics?month=" + YearMonth.now(COURT_ZONE)),
                    LEDGER_READERS.contains(role) ? 200 : 403);
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
        // nor a shell command, for anyone
        for (String role : List.of(Roles.ADMIN, Roles.CHIEF, Roles.CENTER_HEAD)) {
            String out = shell(role, "ecc:restriction-remove " + id);
            assertTrue(role + ": " + out, out.toLowerCase().contains("not found"));
        }

        // an approval asked for around the area (straight at the approval service) carries out nothing
        long forged = http(Roles.JUDGE).post("/api/approvals", "{\"type\":\"RESTRICTION_REMOVAL\",\"caseId\":" + c.id()
                + ",\"reason\":\"直接申请撤销\",\"details\":{\"restrictionIds\":\"" + id
                + "\",\"restrictionRequestId\":\"1\",\"requestKind\":\"REMOVAL\"}}").json().get("id").asLong();
        decide(Roles.COURT_LEADER, forged, APPROVE);
        decide(Roles.CENTER_HEAD, forged, APPROVE);
        assertEquals("APPROVED", http(Roles.COURT_LEADER).get("/api/approvals/" + forged).json().get("state").asText());
        // decisions are carried out one after the other: once a later one is done, the forged one was seen
        Case other = newCase();
        listed(other, other.company(), DISHONEST, 0);
        assertEquals("IN_FORCE", restriction(id).get("state").asText());
    }

    private static void expect(List<String> wrong, String role, Http.Reply r, int status) {
        boolean ok = r.status() == status && (status < 400
                || "application/problem+json".equals(r.header("Content-Type")));
        if (!ok) {
            wrong.add(role + " expected " + status + ": " + r);
        }
    }

    @Test
    public void e_aMinorIsRefusedAndSoIsAnyoneButARespondentAndASecondListing() {
        Case c = newCase();
        Http judge = http(Roles.JUDGE);
        Http.Reply minor = judge.post("/api/restrictions/requests/listing", listing(c, c.minor(), DISHONEST, 0));
        assertEquals(minor.toString(), 400, minor.status());
        assertEquals("application/problem+json", minor.header("Content-Type"));
        JsonNode error = minor.json().get("errors").get(0);
        assertEquals("partyId", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("未满十八周岁"));
        Http.Reply consumption = judge.post("/api/restrictions/requests/listing", listing(c, c.minor(), CONSUMPTION, 0));
        assertEquals("no restriction of a minor's consumption either", 400, consumption.status());

        Http.Reply applicant = judge.post("/api/restrictions/requests/listing", listing(c, c.applicant(), DISHONEST, 0));
        assertEquals(400, applicant.status());
        assertEquals("partyId", applicant.json().get("errors").get(0).get("field").asText());
        Http.Reply stranger = judge.post("/api/restrictions/requests/listing", listing(c, 999_999_999L, DISHONEST, 0));
        assertEquals(400, stranger.status());

        Http.Reply grace = judge.post("/api/restrictions/requests/listing", listing(c, c.adult(), DISHONEST, 4));
        assertEquals(400, grace.status());
        assertEquals("graceMonths", grace.json().get("errors").get(0).get("field").asText());
        Http.Reply wrongGround = judge.post("/api/restrictions/requests/listing", listing(c, c.adult(),
                "{\"type\":\"DISHONEST\",\"ground\":\"NOT_PERFORMED_IN_TIME\"}", 0));
        assertEquals("restrictions[0].ground", wrongGround.json().get("errors").get(0).get("field").asText());
        Http.Reply unknownGround = judge.post("/api/restrictions/requests/listing", listing(c, c.adult(),
                "{\"type\":\"DISHONEST\",\"ground\":\"LAZY\"}", 0));
        assertEquals(400, unknownGround.status());
        assertEquals("no request was made", 0, http.get("/api/restrictions/requests?caseId=" + c.id()).json()
                .get("total").asInt());

        listed(c, c.adult(), DISHONEST, 0);
        Http.Reply twice = judge.post("/api/restrictions/requests/listing", listing(c, c.adult(), DISHONEST, 0));
        assertEquals(twice.toString(), 400, twice.status());
        assertEquals("restrictions[0].ground", twice.json().get("errors").get(0).get("field").asText());
        assertTrue(twice.json().get("errors").get(0).get("message").asText().contains("不得重复纳入"));
        assertEquals(1, ofCase(c).size());
    }

    @Test
    public void f_theLedgerExportsToXlsxPrintsAndCountsTheMonth() throws Exception {
        Case c = newCase();
        long graced = listed(c, c.adult(), DISHONEST, 1);
        assertEquals("GRACE", restriction(graced).get("state").asText());
        assertFalse(restriction(graced).get("graceUntil").isNull());
        long company = listed(c, c.company(), CONSUMPTION, 0);
        LocalDate today = LocalDate.now(COURT_ZONE);
        JsonNode removal = ask("removal", "{\"restrictionIds\":[" + company + "],\"kind\":\"PERFORMED\",\"performedOn\":\""
                + today + "\",\"reason\":\"被执行人已履行完毕\"}");
        assertFalse(removal.get("deleteBy").isNull());
        JsonNode nodes = http.get("/api/cases/" + c.id() + "/nodes?limit=100").json().get("items");
        assertTrue(nodes.toString(), nodes.findValuesAsText("type").contains("restriction-delete-after-performance"));
        decide(Roles.COURT_LEADER, removal.get("approvalId").asLong(), APPROVE);
        decide(Roles.CENTER_HEAD, removal.get("approvalId").asLong(), APPROVE);
        awaitRequest(removal.get("id").asLong(), "DONE");
        assertEquals("PERFORMED", restriction(company).get("endKind").asText());

        List<List<String>> rows = new ArrayList<>();
        byte[] xlsx = download(Roles.CLERK, "/api/restrictions/ledger?format=xlsx&from=" + today + "&to=" + today);
        service(DocumentService.class).read(new ByteArrayInputStream(xlsx), SpreadsheetFormat.XLSX, (n, cells) -> {
            rows.add(cells);
            return true;
        });
        String all = rows.toString();
        assertTrue(all, all.contains("纳入/撤销台帐"));
        assertTrue(all, rows.stream().anyMatch(r -> r.contains("案号") && r.contains("审批人")));
        List<List<String>> mine = rows.stream().filter(r -> r.contains(c.number())).toList();
        assertEquals(all, 3, mine.size());
        assertTrue(mine.toString(), mine.stream().anyMatch(r -> r.contains("履行完毕删除")));
        assertTrue(mine.toString(), mine.stream().anyMatch(r -> r.contains(ADULT_ID.substring(0, 4) + "**********"
                + ADULT_ID.substring(14))));
        assertFalse("ID numbers masked", all.contains(ADULT_ID));

        String pdf = pdfText(download(Roles.CENTER_HEAD, "/api/restrictions/ledger?format=pdf&caseId=" + c.id()));
        assertTrue(pdf, pdf.replaceAll("\\s", "").contains("纳入/撤销台帐"));
        assertTrue(pdf, pdf.replaceAll("\\s", "").contains(c.number()));

        String month = YearMonth.now(COURT_ZONE).toString();
        JsonNode stats = http.get("/api/restrictions/statistics?month=" + month).json();
        assertEquals(month, stats.get("month").asText());
        assertTrue(stats.toString(), stats.get("rows").get(0).get("listed").asInt() >= 1);
        assertTrue(stats.toString(), stats.get("rows").get(0).get("inGrace").asInt() >= 1);
        assertTrue(stats.toString(), stats.get("rows").get(1).get("removedAfterPerformance").asInt() >= 1);
        List<List<String>> form = new ArrayList<>();
        service(DocumentService.class).read(new ByteArrayInputStream(download(Roles.CHIEF,
                "/api/restrictions/statistics?format=xlsx&month=" + month)), SpreadsheetFormat.XLSX, (n, cells) -> {
                    form.add(cells);
                    return true;
                });
        assertTrue(form.toString(), form.toString().contains("统计表"));
        assertTrue(form.toString(), form.stream().anyMatch(r -> r.contains("失信被执行人")));
        assertEquals(400, http.get("/api/restrictions/statistics?month=2026-13").status());

        String list = shell(Roles.CLERK, "ecc:restriction-list --case " + c.id());
        assertTrue(list, list.contains("李四") && list.contains("宽限期中") && list.contains("履行完毕删除"));
        String ledger = shell(Roles.CLERK, "ecc:restriction-ledger --no-format --limit 500 --from " + today);
        assertTrue(ledger, ledger.contains(c.number()) && ledger.contains("纳入"));
        String refused = shell(Roles.OFFICER, "ecc:restriction-ledger");
        assertTrue(refused, refused.contains("错误："));
    }

    @Test
    public void g_uninstallingTheAreaLeavesTheOthersServingAndLosesNoDecision() throws Exception {
        Case c = newCase();
        JsonNode pending = ask("listing", listing(c, c.adult(), DISHONEST, 0));
        FeaturesService features = service(FeaturesService.class);
        EnumSet<FeaturesService.Option> quiet = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
        AtomicBoolean flowing = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService load = Executors.newFixedThreadPool(2);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clients.add(load.submit(() -> {
                while (flowing.get()) {
                    Http.Reply r = http.get("/api/cases?limit=1");
                    if (r.status() == 200) {
                        answered.incrementAndGet();
                    } else {
                        failures.add(r.toString());
                    }
                }
            }));
        }
        try {
            features.uninstallFeature("ecc-restrictions", quiet);
            Await.until("the area's paths to answer 404", Duration.ofSeconds(30),
                    () -> http.get("/api/restrictions/ledger").status() == 404);
            assertEquals("application/problem+json", http.get("/api/restrictions/ledger").header("Content-Type"));
            // the approval goes on without the area; its decision waits for it
            decide(Roles.COURT_LEADER, pending.get("approvalId").asLong(), APPROVE);

            features.installFeature("ecc-restrictions", quiet);
            Await.until("the area to answer again", BOOT_TIMEOUT,
                    () -> http.get("/api/restrictions/ledger").status() == 200);
            Await.until("the decision made while the area was away to be carried out", BOOT_TIMEOUT,
                    () -> "DONE".equals(http.get("/api/restrictions/requests/" + pending.get("id").asLong()).json()
                            .get("state").asText()));
            assertEquals("IN_FORCE", ofCase(c).get(0).get("state").asText());
        } finally {
            flowing.set(false);
            for (Future<?> f : clients) {
                f.get();
            }
            load.shutdown();
        }
        assertTrue(answered.get() > 0);
        assertTrue("requests to the core failed while the area came and went: " + failures, failures.isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    /** A GET's body as bytes (XLSX, PDF), logged in as the role's test account. */
    private byte[] download(String role, String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username(role) + ":" + password(role))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:"
                + Integer.getInteger("ecc.itest.http.port") + path)).header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(path + ": " + new String(r.body(), StandardCharsets.UTF_8), 200, r.statusCode());
        return r.body();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** A fictional citizen ID number of Tongbai county with a correct check digit. */
    static String citizenId(LocalDate birth) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        String first = "411330" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "217";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * weights[i];
        }
        return first + check[sum % 11];
    }
}
