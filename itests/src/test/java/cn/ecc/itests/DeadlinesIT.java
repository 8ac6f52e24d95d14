package cn.ecc.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.security.auth.Subject;
import cn.ecc.api.security.Roles;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;

/**
 * The deadline engine on the assembled distribution: the REST calculator's exact answer, a filed case's default
 * nodes over HTTP, completing a node, the test clock (created as configuration, as only tests and demonstrations
 * do) moved to make a node overdue, the scan, the inbox and the node-warning ledger.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeadlinesIT extends EccTestSupport {

    static final String OPERATOR = "it-deadlines";

    @Override
    protected Option[] extraOptions() {
        // scans run on demand here, so that a scheduled one never races the test's
        return new Option[] {KarafDistributionOption.editConfigurationFilePut("etc/ecc.deadlines.cfg",
                "scanIntervalMinutes", "0")};
    }

    @Test
    public void theCalculatorAnswersExactly() throws Exception {
        Http.Reply due = http.get("/api/calendar/due?from=2026-02-13&amount=3&unit=WORKING_DAYS");
        assertEquals(due.toString(), 200, due.status());
        assertEquals(Http.JSON.readTree("{\"from\":\"2026-02-13\",\"amount\":3,\"unit\":\"WORKING_DAYS\","
                + "\"due\":\"2026-02-25\"}"), due.json());

        assertEquals(Http.JSON.readTree("{\"from\":\"2026-09-30T10:00\",\"amount\":72,\"unit\":\"HOURS\","
                + "\"due\":\"2026-10-03T10:00\"}"),
                http.get("/api/calendar/due?from=2026-09-30T10:00&amount=72&unit=HOURS").json());
        assertEquals("2025-10-09",
                http.get("/api/calendar/due?from=2025-09-24&amount=7&unit=CALENDAR_DAYS").json().get("due").asText());

        JsonNode leap = http.get("/api/calendar/due?from=2028-01-31&amount=1&unit=MONTHS").json();
        assertEquals("2028-02-29", leap.get("due").asText());
        assertTrue(leap.toString(), leap.get("warnings").get(0).asText().contains("2028"));

        for (String[] bad : new String[][] {
            {"/api/calendar/due?from=2026-02-30&amount=3&unit=WORKING_DAYS", "from"},
            {"/api/calendar/due?from=2026-02-13&amount=three&unit=WORKING_DAYS", "amount"},
            {"/api/calendar/due?from=2026-02-13&amount=-1&unit=WORKING_DAYS", "amount"},
            {"/api/calendar/due?from=2026-02-13&amount=3&unit=WEEKS", "unit"},
            {"/api/calendar/due?amount=3&unit=WORKING_DAYS", "from"},
            {"/api/calendar/nineteen", "year"}}) {
            Http.Reply r = http.get(bad[0]);
            assertEquals(bad[0] + " -> " + r, 400, r.status());
            assertEquals("application/problem+json", r.header("Content-Type"));
            assertTrue(r.toString(), r.json().get("errors").findValuesAsText("field").contains(bad[1]));
        }

        JsonNode year = http.get("/api/calendar/2026").json();
        assertTrue(year.get("official").asBoolean());
        assertEquals(248, year.get("workingDays").asInt());
        assertTrue(year.toString(), year.get("workdays").findValuesAsText("date").contains("2026-02-14"));
        assertTrue(year.toString(), year.get("restDays").findValuesAsText("date").contains("2026-10-07"));
        assertFalse(http.get("/api/calendar/2027").json().get("official").asBoolean());

        JsonNode api = http.get("/api/openapi.json").json();
        for (String path : new String[] {"/api/calendar/due", "/api/cases/{caseId}/nodes",
            "/api/cases/{caseId}/nodes/{nodeId}/complete", "/api/nodes", "/api/ledgers/node-warnings",
            "/api/me/notices"}) {
            assertTrue(path, api.get("paths").has(path));
        }

        String out = console("ecc:calendar-due 2026-02-13 3 WORKING_DAYS");
        assertTrue(out, out.contains("2026-02-25"));
        String rules = console("ecc:node-rules --no-format");
        assertTrue(rules, rules.contains("send-initial-documents"));
    }

    @Test
    public void aFiledCasesNodesAreWarnedWhenTheirTimeComes() throws Exception {
        assertFalse("the test clock's commands exist only while it is active", commandExists("ecc:clock-set"));
        console("config:edit ecc.testclock", "config:property-set now 2026-03-02T09:00",
                "config:property-set ticking false", "config:update");
        try {
            Await.until("the test clock to take over", BOOT_TIMEOUT, () -> "2026-03-02T09:00".equals(clock("now"))
                    && http.get("/api/health").status() == 200);
            Await.until("ecc:clock-set to appear", Duration.ofSeconds(30), () -> commandExists("ecc:clock-set"));

            JsonNode created = http.post("/api/cases", CasesIT.CASE).json();
            long id = created.get("id").asLong();
            assertEquals(created.toString(), "2026-03-02", created.get("filedOn").asText());

            JsonNode nodes = http.get("/api/cases/" + id + "/nodes").json();
            assertEquals(nodes.toString(), 6, nodes.get("total").asInt());
            JsonNode national = node(nodes, "national-inquiry");
            assertTrue(national.toString(), national.get("dueAt").asText().startsWith("2026-03-05T09:00"));
            JsonNode documents = node(nodes, "send-initial-documents");
            assertEquals("2026-03-05T23:59:59", documents.get("dueAt").asText());
            assertEquals("clerk", documents.get("role").asText());
            assertEquals("OPEN", documents.get("state").asText());
            assertTrue(node(nodes, "case-term").get("dueAt").asText().startsWith("2026-09-02T23:59:59"));

            Http.Reply done = http.post("/api/cases/" + id + "/nodes/" + national.get("id").asLong() + "/complete",
                    "{\"note\":\"已完成总对总查询\"}");
            assertEquals(done.toString(), 200, done.status());
            assertEquals("DONE", done.json().get("state").asText());
            assertEquals("已完成总对总查询", done.json().get("note").asText());
            Http.Reply noBody = http.send("POST", "/api/cases/" + id + "/nodes/"
                    + node(nodes, "point-inquiry").get("id").asLong() + "/complete", (String) null, null, Map.of());
            assertEquals(noBody.toString(), 200, noBody.status());
            assertEquals(404, http.post("/api/cases/" + id + "/nodes/987654321/complete", "{}").status());
            Http.Reply badBody = http.post("/api/cases/" + id + "/nodes/" + documents.get("id").asLong()
                    + "/complete", "{\"notes\":\"x\"}");
            assertEquals(badBody.toString(), 400, badBody.status());
            assertEquals("notes", badBody.json().get("errors").get(0).get("field").asText());
            // a body is JSON or nothing: another type completes nothing
            Http.Reply xml = http.send("POST", "/api/cases/" + id + "/nodes/" + documents.get("id").asLong()
                    + "/complete", "{\"note\":\"x\"}", "application/xml", Map.of());
            assertEquals(xml.toString(), 415, xml.status());
            // a chunked body whose chunk size is not hex reads as empty: it is broken, not absent
            assertEquals("a broken chunked body", 400, rawStatus("POST /api/cases/" + id + "/nodes/"
                    + documents.get("id").asLong() + "/complete HTTP/1.1", "Content-Type: application/json",
                    "Transfer-Encoding: chunked", "", "zz", "{\"note\":\"x\"}", "0", ""));
            assertEquals("a refused completion completed nothing", "OPEN",
                    node(http.get("/api/cases/" + id + "/nodes").json(), "send-initial-documents").get("state").asText());

            // three days and a night later the initial documents are overdue
            String moved = console("ecc:clock-set 2026-03-06T10:00");
            assertTrue(moved, moved.contains("2026-03-06 10:00"));
            JsonNode overdue = http.get("/api/nodes?state=overdue&caseId=" + id).json();
            assertEquals(overdue.toString(), 1, overdue.get("total").asInt());
            assertEquals("send-initial-documents", overdue.get("items").get(0).get("type").asText());
            assertEquals("OVERDUE", overdue.get("items").get(0).get("state").asText());
            assertEquals(1, http.get("/api/nodes?state=due-soon&caseId=" + id).json().get("total").asInt());
            Http.Reply badState = http.get("/api/nodes?state=late");
            assertEquals(400, badState.status());
            assertEquals("state", badState.json().get("errors").get(0).get("field").asText());

            Http.Reply scan = http.post("/api/nodes/scan", "");
            assertEquals(scan.toString(), 200, scan.status());
            assertTrue(scan.toString(), scan.json().get("overdue").asInt() >= 1);

            JsonNode inbox = http.get("/api/me/notices?unread=true&limit=100").json();
            JsonNode notice = StreamSupport.stream(inbox.get("items").spliterator(), false)
                    .filter(n -> n.get("caseId").asLong() == id && n.get("kind").asText().equals("node.overdue"))
                    .findFirst().orElseThrow(() -> new AssertionError("no overdue notice for the clerk: " + inbox));
            assertTrue(notice.toString(), notice.get("title").asText().contains("发送执行通知书等首批文书"));
            assertEquals("clerk", notice.get("role").asText());
            Http.Reply read = http.post("/api/me/notices/" + notice.get("id").asLong() + "/read", "");
            assertEquals(read.toString(), 200, read.status());
            assertNotNull(read.json().get("readAt").asText());

            JsonNode ledger = http.get("/api/ledgers/node-warnings?from=2026-03-01&to=2026-03-31&limit=500").json();
            JsonNode row = StreamSupport.stream(ledger.get("items").spliterator(), false)
                    .filter(w -> w.get("caseId").asLong() == id).findFirst()
                    .orElseThrow(() -> new AssertionError("no ledger row: " + ledger));
            assertEquals("send-initial-documents", row.get("type").asText());
            assertEquals("chief", row.get("reportedToRoles").get(0).asText());
            assertEquals("2026-03-05T23:59:59", row.get("dueAt").asText());

            Http.Reply xlsx = http.get("/api/ledgers/node-warnings?from=2026-03-01&to=2026-03-31&format=xlsx");
            if (documentServiceInstalled()) {
                assertEquals(xlsx.toString(), 200, xlsx.status());
                assertTrue(xlsx.header("Content-Type").startsWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
                assertTrue(xlsx.body().startsWith("PK"));
            } else {
                assertEquals(xlsx.toString(), 503, xlsx.status());
                assertEquals("application/problem+json", xlsx.header("Content-Type"));
            }

            // a second scan warns nobody again
            assertEquals(0, http.post("/api/nodes/scan", "").json().get("notices").asInt());

            JsonNode term = http.get("/api/cases/" + id + "/term").json();
            assertEquals("2026-09-02", term.get("dueOn").asText());
            Http.Reply paused = http.post("/api/cases/" + id + "/term/suspend", "{\"reason\":\"AUCTION\"}");
            assertEquals(paused.toString(), 200, paused.status());
            assertTrue(paused.json().get("dueOn").isNull());
            assertEquals(409, http.post("/api/cases/" + id + "/term/suspend", "{\"reason\":\"SALE\"}").status());
            console("ecc:clock-advance 10d");
            // ten days paused: 2026-09-12, a Saturday, so Monday 2026-09-14
            assertEquals("2026-09-14", http.post("/api/cases/" + id + "/term/resume", "").json().get("dueOn").asText());

            String table = console("ecc:case-nodes --no-format " + id);
            assertTrue(table, table.contains("发送执行通知书等首批文书") && table.contains("已超期"));
        } finally {
            console("config:delete ecc.testclock");
            Await.until("the system clock to be back", BOOT_TIMEOUT, () -> clock("today") != null
                    && !clock("today").startsWith("2026-03") && http.get("/api/health").status() == 200);
        }
        Await.until("ecc:clock-set to go away", Duration.ofSeconds(30), () -> !commandExists("ecc:clock-set"));
    }

    @Test
    public void aCourtChangesARuleInConfigurationAndABadOneIsReported() {
        console("config:edit --factory --alias itest-payout ecc.deadline.rule", "config:property-set type pay-out",
                "config:property-set length 10", "config:property-set unit WORKING_DAYS", "config:update");
        Await.until("the court's pay-out rule to apply", Duration.ofSeconds(60), () -> {
            Http.Reply r = http.get("/api/nodes/rules");
            return r.status() == 200 && StreamSupport.stream(r.json().spliterator(), false)
                    .anyMatch(rule -> rule.get("type").asText().equals("pay-out") && rule.get("length").asInt() == 10
                            && rule.get("unit").asText().equals("WORKING_DAYS")
                            && !rule.get("configuredBy").isNull());
        });
        String list = console("config:list \"(service.factoryPid=ecc.deadline.rule)\"");
        assertTrue(list, list.contains("pay-out"));

        console("config:edit --factory --alias itest-typo ecc.deadline.rule", "config:property-set type payout",
                "config:update");
        Await.until("health to name the bad rule", Duration.ofSeconds(60), () -> {
            Http.Reply h = http.get("/api/health");
            return h.status() == 503 && h.body().contains("ConfiguredRule") && h.body().contains("payout");
        });
        for (String pid : pids(console("config:list \"(service.factoryPid=ecc.deadline.rule)\""))) {
            console("config:delete " + pid);
        }
        Await.until("health to recover", Duration.ofSeconds(60), () -> http.get("/api/health").status() == 200);
        Await.until("the shipped pay-out rule to be back", Duration.ofSeconds(60), () -> http.get("/api/nodes/rules")
                .json().findValues("configuredBy").stream().allMatch(JsonNode::isNull));
    }

    /** The PIDs config:list printed. */
    private static java.util.List<String> pids(String listing) {
        return listing.lines().map(String::strip).filter(l -> l.startsWith("Pid:"))
                .map(l -> l.substring(4).strip()).toList();
    }

    /** A field of the court's clock as REST tells it; null while the resource is being re-registered. */
    private String clock(String field) {
        Http.Reply r = http.get("/api/calendar/today");
        return r.status() == 200 ? r.json().get(field).asText() : null;
    }

    private static JsonNode node(JsonNode page, String type) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(n -> n.get("type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " node: " + page));
    }

    private boolean documentServiceInstalled() {
        ServiceReference<?> ref = bundleContext.getServiceReference("cn.ecc.api.docs.DocumentService");
        return ref != null;
    }

    private boolean commandExists(String command) {
        String out = console(command + " --help");
        return !out.contains("Command not found") && out.contains(command.substring(command.indexOf(':') + 1));
    }

    /**
     * Logs in (REST) as a test account that is an administrator (config:* commands), a clerk and the node
     * manager (scan and node-warning ledger).
     */
    @Before
    public void logInAsTheNodeManager() {
        http = login(OPERATOR, account(OPERATOR, Roles.ADMIN, Roles.CLERK, Roles.NODE_MANAGER));
    }

    /** Runs console commands as that account, logged in through JAAS, and answers what they printed. */
    private String console(String... commands) {
        StringBuilder out = new StringBuilder();
        try {
            Subject operator = jaasLogin(OPERATOR, account(OPERATOR, Roles.ADMIN, Roles.CLERK, Roles.NODE_MANAGER));
            out.append(shell(operator, commands));
        } catch (javax.security.auth.login.LoginException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }
}
