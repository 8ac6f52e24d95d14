package cn.ecc.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.junit.Assume;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** The intake area on the assembled distribution: imports, documents, series, and hot deployment. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IntakeIT extends EccTestSupport {

    static final String HEADER = "立案部门编号,案件类型,立案日期,案由,执行依据,申请执行标的（元）,申请执行人,申请执行人证件号码,被执行人,被执行人证件号码\n";

    static String csvRow(String ref, String amount, String applicant, String respondentId) {
        return ref + ",执," + LocalDate.now(RestrictionsIT.COURT_ZONE) + ",民间借贷纠纷,(2025)豫1330民初" + ref.hashCode() % 1000 + "号民事判决书,"
                + amount + "," + applicant + ",11010519491231002X,某建材有限公司" + ref + "," + respondentId + "\n";
    }

    private JsonNode upload(String name, byte[] body, String contentType) {
        Http.Reply r = http.send("POST", "/api/intake/batches?wait=120&name=" + CasesIT.encode(name),
                BodyPublishers.ofByteArray(body), contentType, Map.of());
        assertTrue(r.toString(), r.status() == 201);
        return r.json();
    }

    @Test
    public void aBatchFilesItsGoodRowsReportsItsBadOnesAndIsIdempotent() {
        String prefix = "B" + System.nanoTime() + "-";
        String csv = HEADER
                + csvRow(prefix + "1", "1000", "张三", "91411330MA44XXXX1B")
                + csvRow(prefix + "2", "\"2,000.50\"", "张三", "91411330MA44XXXX1B")
                + csvRow(prefix + "3", "-5", "李四", "91411330MA44XXXX1B")
                + csvRow(prefix + "4", "3000", "王五", "91411330MA44XXXX1B")
                + prefix + "5,执,2026-02-30,,,,,,,\n";
        long before = totalCases();

        JsonNode first = upload("cases.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(first.toString(), "DONE", first.get("status").asText());
        assertEquals(5, first.get("totalRows").asInt());
        assertEquals(3, first.get("filedRows").asInt());
        assertEquals(2, first.get("invalidRows").asInt());
        List<String> problems = new ArrayList<>();
        first.get("problems").forEach(p -> problems.add(p.get("row").asInt() + ":" + p.get("column").asText()));
        assertTrue(problems.toString(), problems.contains("4:申请执行标的（元）"));
        assertTrue(problems.toString(), problems.contains("6:立案日期"));
        assertTrue(problems.toString(), problems.contains("6:执行依据"));
        assertEquals(before + 3, totalCases());

        JsonNode again = upload("cases-again.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals("DONE", again.get("status").asText());
        assertEquals("re-sending files nothing twice", 0, again.get("filedRows").asInt());
        assertEquals(3, again.get("duplicateRows").asInt());
        assertEquals(before + 3, totalCases());

        JsonNode filed = http.get("/api/intake/batches/" + first.get("id").asLong() + "/rows?outcome=FILED").json();
        assertEquals(3, filed.get("total").asInt());
        assertTrue(filed.get("items").get(0).get("caseNumber").asText().contains("豫1330执"));
    }

    @Test
    public void aSpreadsheetWithChineseHeadersIsImportedAndAWrongFileIsRefusedWhole() {
        String ref = "X" + System.nanoTime();
        byte[] xlsx = service(DocumentService.class).xlsx(List.of(new Sheet("立案", null,
                List.of("立案部门编号", "类型", "执行依据", "申请执行标的", "申请执行人", "被执行人", "被执行人类型"),
                List.of(List.<Object>of(ref, "执保", "(2026)豫1330民初9号民事裁定书", new java.math.BigDecimal("88.80"),
                        "甲公司", "乙", "自然人")), List.of())));
        JsonNode batch = upload("import.xlsx", xlsx, "application/octet-stream");
        assertEquals(batch.toString(), 1, batch.get("filedRows").asInt());
        JsonNode row = http.get("/api/intake/batches/" + batch.get("id").asLong() + "/rows").json().get("items").get(0);
        assertTrue(row.get("caseNumber").asText().contains("执保"));

        JsonNode rejected = upload("wrong.csv", "案号,金额\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals("REJECTED", rejected.get("status").asText());
        assertTrue(rejected.get("message").asText().contains("立案部门编号"));

        Http.Reply notASpreadsheet = http.send("POST", "/api/intake/batches", BodyPublishers.ofString("x"),
                "application/octet-stream", Map.of());
        assertEquals(400, notASpreadsheet.status());
    }

    @Test
    public void theInitialDocumentsCarryTheCaseAndSendingThemIsRecorded() throws Exception {
        String body = CasesIT.CASE.replace("\"type\"", "\"filingReference\":\"D" + System.nanoTime() + "\",\"type\"");
        Http.Reply created = http.post("/api/intake/cases", body);
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().get("id").asLong();
        String number = created.json().get("number").asText();

        Http.Reply pdf = http.send("GET", "/api/intake/cases/" + id + "/documents.pdf", (String) null, null, Map.of());
        assertEquals(200, pdf.status());
        String text = pdfText(http.bytes("/api/intake/cases/" + id + "/documents.pdf"));
        for (String expected : List.of("执行通知书", "报告财产令", "廉政监督卡", "缴款通知书", "权利义务告知书", number,
                "桐柏县人民法院", "桐柏县某建材有限公司", "张三", "壹拾贰万元伍角", "120,000.50")) {
            assertTrue("PDF lacks " + expected, text.replaceAll("\\s", "").contains(expected.replaceAll("\\s", "")));
        }
        assertFalse("no ID number in the documents", text.contains("11010519491231002X"));

        JsonNode docs = http.get("/api/intake/cases/" + id + "/documents").json();
        assertEquals(5, docs.get("documents").size());
        assertTrue(docs.get("sentAt").isNull());
        assertEquals("OPEN", nodeState(id, "send-initial-documents").replace("DUE_SOON", "OPEN"));
        JsonNode sent = http.post("/api/intake/cases/" + id + "/documents/sent", "").json();
        assertFalse(sent.get("sentAt").isNull());
        assertEquals("DONE", nodeState(id, "send-initial-documents"));
    }

    @Test
    public void casesOfOneApplicantOnOneDayFormASeriesAndPrintTogether() throws Exception {
        String applicant = "系列申请人" + System.nanoTime();
        List<Long> ids = new ArrayList<>();
        List<String> days = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String body = CasesIT.CASE.replace("张三", applicant).replace("11010519491231002X", "110105491231002");
            JsonNode filed = http.post("/api/cases", body).json();
            ids.add(filed.get("id").asLong());
            days.add(filed.get("filedOn").asText());
        }
        // the day is the court's (Asia/Shanghai), not this JVM's: take it from what the server answered
        String day = days.get(0);
        Assume.assumeTrue("the three filings straddled the court's midnight", days.stream().allMatch(day::equals));
        Await.until("the series to be registered", Duration.ofSeconds(30), () -> {
            JsonNode series = http.get("/api/intake/series?date=" + day).json();
            for (JsonNode s : series) {
                if (s.get("applicants").asText().equals(applicant)) {
                    return s.get("cases").size() == 3;
                }
            }
            return false;
        });
        String idList = ids.toString().replace(" ", "");
        byte[] pdf = http.postBytes("/api/intake/documents/print",
                "{\"caseIds\":" + idList + ",\"documents\":[\"execution-notice\"]}");
        assertNotNull(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue("one notice per case", doc.getNumberOfPages() >= 3);
        }
    }

    @Test
    public void theCenterDrawsAHandlerAmongTheLeastLoadedJudgesAndRecordsTheDraw() {
        String tag = Long.toString(System.nanoTime() % 100000);
        account("judgea" + tag, Roles.JUDGE);
        account("judgeb" + tag, Roles.JUDGE);
        long id = http.post("/api/intake/cases", CasesIT.CASE).json().get("id").asLong();

        // no body is no request for a draw
        Http.Reply empty = http.post("/api/intake/cases/" + id + "/assignment", "");
        assertEquals(empty.toString(), 400, empty.status());
        assertEquals(404, http.get("/api/intake/cases/" + id + "/assignment").status());
        Http.Reply drawn = http.post("/api/intake/cases/" + id + "/assignment", "{}");
        assertEquals(drawn.toString(), 200, drawn.status());
        JsonNode a = drawn.json();
        assertEquals("DRAW", a.get("method").asText());
        assertTrue(a.get("candidates").size() >= 2);
        String handler = a.get("handler").asText();
        long lowest = Long.MAX_VALUE;
        for (JsonNode c : a.get("candidates")) {
            lowest = Math.min(lowest, c.get("openCases").asLong());
        }
        for (JsonNode c : a.get("candidates")) {
            if (c.get("username").asText().equals(handler)) {
                assertEquals("drawn among the least loaded", lowest, c.get("openCases").asLong());
            }
        }
        assertEquals(handler, http.get("/api/cases/" + id).json().get("handler").asText());
        assertEquals(a.get("draw").asText(),
                http.get("/api/intake/cases/" + id + "/assignment").json().get("draw").asText());
        // a second assignment is a change of handler: only through the approval
        assertEquals(409, http.post("/api/intake/cases/" + id + "/assignment", "{\"handler\":\"judgea" + tag + "\"}")
                .status());
        // a judge may not assign; an unknown person is no handler
        assertEquals(403, http(Roles.JUDGE).post("/api/intake/cases/" + id + "/assignment", "{}").status());
        long other = http.post("/api/intake/cases", CasesIT.CASE).json().get("id").asLong();
        Http.Reply nobody = http.post("/api/intake/cases/" + other + "/assignment", "{\"handler\":\"nobody\"}");
        assertEquals(400, nobody.status());
        assertEquals("handler", nobody.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void theShellImportsAFileWithAProgressBarAndAReport() throws Exception {
        String ref = "S" + System.nanoTime();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("intake", ".csv");
        java.nio.file.Files.writeString(file, HEADER + csvRow(ref, "500", "赵一", "91411330MA44XXXX1B")
                + csvRow(ref + "b", "abc", "赵一", "91411330MA44XXXX1B"), StandardCharsets.UTF_8);
        String out = shell(Roles.CLERK, "ecc:intake-import " + file);
        assertTrue(out, out.contains("100%"));
        assertTrue(out, out.contains("立案 1 件"));
        assertTrue(out, out.contains("申请执行标的（元）"));
        String docs = shell(Roles.CLERK, "ecc:intake-docs --sent " + ref.length() + "x");
        assertTrue(docs, docs.contains("错误"));
    }

    @Test
    public void uninstallingAndUpdatingIntakeLeavesTheOthersServing() throws Exception {
        FeaturesService features = service(FeaturesService.class);
        EnumSet<FeaturesService.Option> quiet = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
        long batches = http.get("/api/intake/batches").json().get("total").asLong();
        AtomicBoolean flowing = new AtomicBoolean(true);
        AtomicInteger failures = new AtomicInteger();
        java.util.Queue<String> failed = new java.util.concurrent.ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(2);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clients.add(load.submit(() -> {
                while (flowing.get()) {
                    Http.Reply r;
                    try {
                        r = http.get("/api/cases?limit=1");
                    } catch (RuntimeException e) {
                        r = new Http.Reply(-1, Map.of(), e.toString());
                    }
                    if (r.status() == 200) {
                        answered.incrementAndGet();
                    } else {
                        failures.incrementAndGet();
                        failed.add(System.currentTimeMillis() % 100000 + " " + r.toString()
                                .substring(0, Math.min(200, r.toString().length())));
                    }
                }
            }));
        }
        try {
            features.uninstallFeature("ecc-intake", quiet);
            Await.until("intake's paths to answer 404", Duration.ofSeconds(30),
                    () -> http.get("/api/intake/batches").status() == 404);
            assertEquals("application/problem+json", http.get("/api/intake/batches").header("Content-Type"));

            features.installFeature("ecc-intake", quiet);
            Await.until("intake to answer again", BOOT_TIMEOUT, () -> http.get("/api/intake/batches").status() == 200);
            assertEquals("no data lost", batches, http.get("/api/intake/batches").json().get("total").asLong());

            Bundle intake = java.util.Arrays.stream(bundleContext.getBundles())
                    .filter(b -> "cn.ecc.intake".equals(b.getSymbolicName())).findFirst().orElseThrow();
            intake.update();
            Await.until("intake to answer after its update", BOOT_TIMEOUT,
                    () -> http.get("/api/intake/batches").status() == 200);
        } finally {
            flowing.set(false);
            for (Future<?> c : clients) {
                c.get();
            }
            load.shutdown();
        }
        assertTrue(answered.get() > 0);
        assertEquals("requests to the core failed while intake came and went: " + failed, 0, failures.get());
    }

    private String nodeState(long caseId, String type) {
        for (JsonNode n : http.get("/api/cases/" + caseId + "/nodes").json().get("items")) {
            if (n.get("type").asText().equals(type)) {
                return n.get("state").asText();
            }
        }
        throw new AssertionError("case " + caseId + " has no node " + type);
    }

    private long totalCases() {
        return http.get("/api/cases?limit=1").json().get("total").asLong();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
