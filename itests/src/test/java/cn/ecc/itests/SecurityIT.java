package cn.ecc.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import cn.ecc.api.cases.CaseService;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffAdmin;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.login.LoginException;
import javax.sql.DataSource;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;

/**
 * Logins, roles and permissions over real HTTP, the shell and JAAS; lockout; approvals; the audit chain
 * tampered with through JDBC; and, last, no secret or full ID number in the log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class SecurityIT extends EccTestSupport {

    static final List<String> EVERYONE = Roles.ALL;
    static final List<String> CASE_READERS = Roles.ALL.stream().filter(r -> !r.equals(Roles.ADMIN)).toList();
    static final List<String> APPROVAL_VIEWERS = List.of(Roles.CHIEF, Roles.DEPUTY, Roles.COURT_LEADER,
            Roles.CENTER_HEAD, Roles.INSPECTOR, Roles.JUDGE);

    @Override
    protected Option[] extraOptions() {
        // our own log lines at DEBUG, so that the check for leaked secrets sees everything we write
        return new Option[] {
            editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.ecc.name", "cn.ecc"),
            editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.ecc.level", "DEBUG")};
    }

    /** One endpoint of the matrix: who may call it (everyone else gets 403, no login 401). */
    record Endpoint(String method, String path, String body, List<String> allowed) {
    }

    private long fileCase() {
        Http.Reply r = http.post("/api/cases", CasesIT.CASE);
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("id").asLong();
    }

    private long assignedCase(String handler) {
        long id = fileCase();
        service(CaseService.class).assignHandler(id, handler, actor(Roles.CLERK));
        return id;
    }

    private Http.Reply call(Http client, String method, String path, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (method.equals("PATCH")) {
            headers.put("If-Match", http.get(path).header("ETag"));
        }
        return client.send(method, path, body, body == null ? null : "application/json", headers);
    }

    @Test
    public void a_everyRoleGetsExactlyWhatItsPermissionsAllow() {
        long caseId = assignedCase(username(Roles.JUDGE));
        long approvalId = http(Roles.JUDGE).post("/api/approvals", "{\"type\":\"DISBURSEMENT\",\"caseId\":" + caseId
                + ",\"reason\":\"案款已到账\",\"details\":{\"amount\":\"1000.00\"}}").json().get("id").asLong();
        String c = "/api/cases/" + caseId;
        String a = "/api/approvals/" + approvalId;
        long nodeId = http.get(c + "/nodes").json().get("items").get(0).get("id").asLong();
        List<String> workers = List.of(Roles.CENTER_HEAD, Roles.JUDGE, Roles.OFFICER, Roles.CLERK, Roles.FUNDS_OFFICER,
                Roles.AUCTION_OFFICER, Roles.INQUIRY_OFFICER, Roles.ARCHIVIST, Roles.NODE_MANAGER,
                Roles.PETITION_OFFICER, Roles.CLOSURE_OFFICER);
        List<String> termKeepers = List.of(Roles.CENTER_HEAD, Roles.JUDGE, Roles.CLERK, Roles.NODE_MANAGER);
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "/api/openapi.json", null, EVERYONE),
                new Endpoint("GET", "/api/me", null, EVERYONE),
                new Endpoint("GET", "/api/staff", null, EVERYONE),
                new Endpoint("GET", "/api/approvals?state=pending&mine=true", null, EVERYONE),
                new Endpoint("DELETE", "/api/auth/token", null, EVERYONE),
                new Endpoint("GET", "/api/cases", null, CASE_READERS),
                new Endpoint("GET", c, null, CASE_READERS),
                new Endpoint("POST", "/api/cases", CasesIT.CASE, List.of(Roles.CENTER_HEAD, Roles.CLERK)),
                new Endpoint("PATCH", c, "{\"cause\":\"买卖合同纠纷\"}", List.of(Roles.CENTER_HEAD, Roles.JUDGE, Roles.CLERK)),
                new Endpoint("POST", "/api/approvals", "{\"type\":\"DISBURSEMENT\",\"caseId\":" + caseId
                        + ",\"reason\":\"案款到账\"}", List.of(Roles.DEPUTY, Roles.CENTER_HEAD, Roles.JUDGE, Roles.OFFICER,
                                Roles.CLERK, Roles.FUNDS_OFFICER, Roles.AUCTION_OFFICER, Roles.INQUIRY_OFFICER,
                                Roles.ARCHIVIST, Roles.NODE_MANAGER, Roles.PETITION_OFFICER, Roles.CLOSURE_OFFICER)),
                new Endpoint("GET", a, null, APPROVAL_VIEWERS),
                new Endpoint("GET", a + "/form", null, APPROVAL_VIEWERS),
                new Endpoint("GET", "/api/audit?case=" + caseId, null, List.of(Roles.CHIEF, Roles.COURT_LEADER,
                        Roles.INSPECTOR)),
                new Endpoint("GET", "/api/audit/verify", null, List.of(Roles.CHIEF, Roles.COURT_LEADER,
                        Roles.INSPECTOR, Roles.ADMIN)),
                // the deadline engine
                new Endpoint("GET", "/api/calendar/today", null, EVERYONE),
                new Endpoint("GET", "/api/calendar/2026", null, EVERYONE),
                new Endpoint("GET", "/api/calendar/due?from=2026-02-13&amount=3&unit=WORKING_DAYS", null, EVERYONE),
                new Endpoint("GET", "/api/me/notices", null, EVERYONE),
                new Endpoint("GET", c + "/nodes", null, CASE_READERS),
                new Endpoint("GET", c + "/term", null, CASE_READERS),
                new Endpoint("GET", "/api/nodes", null, CASE_READERS),
                new Endpoint("GET", "/api/nodes/rules", null, CASE_READERS),
                new Endpoint("POST", c + "/nodes/" + nodeId + "/complete", "{\"note\":\"已办\"}", workers),
                new Endpoint("POST", c + "/term/suspend", "{\"reason\":\"AUCTION\"}", termKeepers),
                new Endpoint("POST", c + "/term/resume", null, termKeepers),
                new Endpoint("POST", "/api/nodes/scan", null, List.of(Roles.CENTER_HEAD, Roles.NODE_MANAGER)),
                new Endpoint("GET", "/api/ledgers/node-warnings?from=2026-01-01&to=2026-12-31", null, List.of(
                        Roles.CHIEF, Roles.DEPUTY, Roles.COURT_LEADER, Roles.CENTER_HEAD, Roles.NODE_MANAGER,
                        Roles.INSPECTOR)));

        List<String> wrong = new ArrayList<>();
        Http nobody = anonymous();
        account("it-wrong", Roles.CLERK);
        Http badPassword = login("it-wrong", "not-the-password-1");
        for (Endpoint e : endpoints) {
            for (Http client : List.of(nobody, badPassword)) {
                // a wrong password every time would lock the account (423), which c_ tests
                service(StaffAdmin.class).unlock("it-wrong", Actor.system());
                Http.Reply r = call(client, e.method(), e.path(), e.body());
                if (r.status() != 401 || r.header("WWW-Authenticate") == null
                        || !"application/problem+json".equals(r.header("Content-Type"))) {
                    wrong.add(e.method() + " " + e.path() + " without a valid login: " + r);
                }
            }
            for (String role : Roles.ALL) {
                Http.Reply r = call(http(role), e.method(), e.path(), e.body());
                boolean allowed = e.allowed().contains(role);
                // allowed: anything but a refusal (a repeated suspend answers 409, a form without docs 409)
                boolean ok = allowed ? r.status() < 400 || r.status() == 409
                        : r.status() == 403 && "application/problem+json".equals(r.header("Content-Type"));
                if (!ok) {
                    wrong.add(role + " " + e.method() + " " + e.path() + " expected " + (allowed ? "allowed" : "403")
                            + ": " + r);
                }
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
        // the one answer without a login
        assertEquals(200, nobody.get("/api/health").status());
    }

    @Test
    public void b_browserClientsLogInForATokenAndOut() {
        Http nobody = anonymous();
        Http.Reply login = nobody.post("/api/auth/token", "{\"username\":\"" + username(Roles.CLERK)
                + "\",\"password\":\"" + password(Roles.CLERK) + "\"}");
        assertEquals(login.toString(), 200, login.status());
        assertEquals("no-store", login.header("Cache-Control"));
        String token = login.json().get("token").asText();
        assertEquals("Bearer", login.json().get("tokenType").asText());
        Http bearer = nobody.with(Map.of("Authorization", "Bearer " + token));

        JsonNode me = bearer.get("/api/me").json();
        assertEquals(username(Roles.CLERK), me.get("username").asText());
        assertEquals("clerk", me.get("roles").get(0).get("id").asText());
        assertEquals("书记员/法官助理", me.get("roles").get(0).get("label").asText());
        assertTrue(me.get("permissions").toString(), me.get("permissions").toString().contains("case.create"));

        assertEquals(204, bearer.send("DELETE", "/api/auth/token", (String) null, null, Map.of()).status());
        Http.Reply after = bearer.get("/api/me");
        assertEquals(401, after.status());
        assertTrue(after.header("WWW-Authenticate"), after.header("WWW-Authenticate").startsWith("Bearer"));

        Http.Reply wrong = nobody.post("/api/auth/token", "{\"username\":\"" + username(Roles.CLERK)
                + "\",\"password\":\"wrong-password-1\"}");
        assertEquals(401, wrong.status());
        assertEquals("用户名或密码错误", wrong.json().get("detail").asText());

        Http.Reply basicChallenge = nobody.get("/api/me");
        assertTrue(basicChallenge.header("WWW-Authenticate").startsWith("Basic"));
        Http.Reply scriptChallenge = nobody.send("GET", "/api/me", (String) null, null,
                Map.of("X-Requested-With", "XMLHttpRequest"));
        assertTrue(scriptChallenge.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(401, nobody.with(Map.of("Authorization", "Bearer made-up")).get("/api/cases").status());
    }

    @Test
    public void c_repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        String password = account("it-locked", Roles.CLERK);
        Http wrong = login("it-locked", "wrong-password-1");
        for (int i = 0; i < 4; i++) {
            assertEquals(401, wrong.get("/api/me").status());
        }
        Http.Reply locked = wrong.get("/api/me");
        assertEquals(locked.toString(), 423, locked.status());
        assertEquals("urn:ecc:problem:account-locked", locked.json().get("type").asText());
        Http right = login("it-locked", password);
        assertEquals(423, right.get("/api/me").status());

        // the shell shows the lock's end as the answer does, in the court's time whatever the server's zone
        Matcher until = Pattern.compile("锁定至 [^，]*?(\\d{2}:\\d{2})")
                .matcher(locked.json().get("detail").asText());
        assertTrue(locked.toString(), until.find());
        String out = shell(Roles.ADMIN, "ecc:staff-list --no-format");
        assertTrue(out, out.lines().anyMatch(l -> l.startsWith("it-locked\t") && l.contains("锁定至")
                && l.endsWith(until.group(1))));
        out = shell(Roles.ADMIN, "ecc:staff-unlock it-locked");
        assertTrue(out, out.contains("已解除"));
        assertEquals(200, right.get("/api/me").status());
    }

    @Test
    public void d_approvalsRunTheirChainAndAHandlerChangeTakesEffect() throws Exception {
        account("it-judge2", Roles.JUDGE);
        long caseId = assignedCase(username(Roles.JUDGE));
        Http judge = http(Roles.JUDGE);
        Http chief = http(Roles.CHIEF);
        Http.Reply asked = judge.post("/api/approvals", "{\"type\":\"HANDLER_CHANGE\",\"caseId\":" + caseId
                + ",\"reason\":\"工作调整\",\"details\":{\"newHandler\":\"it-judge2\"}}");
        assertEquals(asked.toString(), 201, asked.status());
        assertNotNull(asked.header("Location"));
        long id = asked.json().get("id").asLong();
        String path = "/api/approvals/" + id;

        JsonNode mine = chief.get("/api/approvals?state=pending&mine=true&limit=500").json();
        assertTrue(mine.toString(), mine.get("items").findValuesAsText("id").contains(Long.toString(id)));
        assertFalse(judge.get("/api/approvals?mine=true&limit=500").json().get("items").findValuesAsText("id")
                .contains(Long.toString(id)));

        String approve = "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}";
        assertEquals(403, judge.post(path + "/decision", approve).status());
        assertEquals(403, login("it-judge2", account("it-judge2")).post(path + "/decision", approve).status());
        Http.Reply decided = chief.post(path + "/decision", approve);
        assertEquals(decided.toString(), 200, decided.status());
        assertEquals("APPROVED", decided.json().get("state").asText());
        assertEquals(409, chief.post(path + "/decision", approve).status());
        assertEquals("it-judge2", http.get("/api/cases/" + caseId).json().get("handler").asText());
        assertEquals(400, chief.post(path + "/decision", "{\"decision\":\"MAYBE\"}").status());

        Http.Reply form = chief.get(path + "/form");
        if (bundleContext.getServiceReference(DocumentService.class) != null) {
            assertEquals(form.toString(), 200, form.status());
            assertEquals("application/pdf", form.header("Content-Type"));
            assertTrue(form.body().startsWith("%PDF"));
        } else {
            assertEquals(form.toString(), 409, form.status());
        }

        // an approved term extension lengthens the case term in the same transaction
        String before = http.get("/api/cases/" + caseId + "/term").json().get("dueOn").asText();
        long ext = judge.post("/api/approvals", "{\"type\":\"TERM_EXTENSION\",\"caseId\":" + caseId
                + ",\"reason\":\"评估拍卖中\",\"details\":{\"days\":\"30\"}}").json().get("id").asLong();
        Http.Reply extended = chief.post("/api/approvals/" + ext + "/decision", approve);
        assertEquals(extended.toString(), 200, extended.status());
        JsonNode term = http.get("/api/cases/" + caseId + "/term").json();
        assertEquals(term.toString(), 30, term.get("extensionDays").asInt());
        assertTrue(before + " -> " + term, term.get("dueOn").asText().compareTo(before) > 0);

        JsonNode trail = http(Roles.INSPECTOR).get("/api/audit?case=" + caseId + "&limit=100").json();
        List<String> actions = trail.get("items").findValuesAsText("action");
        assertTrue(actions.toString(), actions.containsAll(List.of("case.create", "case.assign", "approval.request",
                "approval.decide", "case.handler.change", "case.term.extend")));
        // the handler's open nodes went to the new handler
        JsonNode nodes = http.get("/api/cases/" + caseId + "/nodes").json();
        for (JsonNode n : nodes.get("items")) {
            if (!n.get("state").asText().equals("DONE")) {
                assertFalse(n.toString(), username(Roles.JUDGE).equals(n.get("responsible").asText()));
            }
        }
    }

    @Test
    public void e_ofTwoConcurrentDecisionsOneWinsAndTheOtherGets409() throws Exception {
        account("it-chief2", Roles.CHIEF);
        long caseId = fileCase();
        Http[] chiefs = {http(Roles.CHIEF), login("it-chief2", account("it-chief2"))};
        for (int round = 0; round < 3; round++) {
            long id = http.post("/api/approvals", "{\"type\":\"DISBURSEMENT\",\"caseId\":" + caseId
                    + ",\"reason\":\"案款到账\"}").json().get("id").asLong();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (Http c : chiefs) {
                    Callable<Integer> decide = () -> {
                        start.await();
                        return c.post("/api/approvals/" + id + "/decision", "{\"decision\":\"APPROVE\"}").status();
                    };
                    answers.add(pool.submit(decide));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    statuses.add(f.get());
                }
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    public void f_theAuditChainFindsAnAlterationOrDeletionMadeThroughJdbc() throws Exception {
        fileCase();
        Http inspector = http(Roles.INSPECTOR);
        JsonNode intact = inspector.get("/api/audit/verify").json();
        assertTrue(intact.toString(), intact.get("intact").asBoolean());
        assertTrue(intact.get("firstBroken").isNull());
        long records = intact.get("records").asLong();
        assertTrue(records >= 2);

        DataSource ds = dataSource();
        String actor;
        try (Connection c = ds.getConnection()) {
            actor = single(c, "SELECT ACTOR FROM ECC_AUDIT WHERE ID = 2");
            update(c, "UPDATE ECC_AUDIT SET ACTOR = 'someone-else' WHERE ID = 2");
        }
        JsonNode altered = inspector.get("/api/audit/verify").json();
        assertFalse(altered.toString(), altered.get("intact").asBoolean());
        assertEquals(2, altered.get("firstBroken").asLong());
        String out = shell(Roles.INSPECTOR, "ecc:audit-verify");
        assertTrue(out, out.contains("第 2 条"));

        Map<String, Object> row;
        try (Connection c = ds.getConnection()) {
            update(c, "UPDATE ECC_AUDIT SET ACTOR = '" + actor + "' WHERE ID = 2");
            assertTrue(inspector.get("/api/audit/verify").json().get("intact").asBoolean());
            row = row(c, "SELECT * FROM ECC_AUDIT WHERE ID = 3");
            update(c, "DELETE FROM ECC_AUDIT WHERE ID = 3");
        }
        JsonNode deleted = inspector.get("/api/audit/verify").json();
        assertFalse(deleted.get("intact").asBoolean());
        assertEquals(3, deleted.get("firstBroken").asLong());
        assertEquals(records - 1, deleted.get("records").asLong());
        try (Connection c = ds.getConnection()) {
            insert(c, "ECC_AUDIT", row);
        }
        JsonNode restored = inspector.get("/api/audit/verify").json();
        assertTrue(restored.toString(), restored.get("intact").asBoolean());
        assertTrue(shell(Roles.INSPECTOR, "ecc:audit-verify").contains("完整"));
    }

    private DataSource dataSource() throws Exception {
        var refs = bundleContext.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=ecc)");
        ServiceReference<DataSource> ref = refs.iterator().next();
        return bundleContext.getService(ref);
    }

    private static String single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(sql, rs.next());
            return rs.getString(1);
        }
    }

    private static Map<String, Object> row(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(sql, rs.next());
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                row.put(md.getColumnName(i), rs.getObject(i));
            }
            return row;
        }
    }

    private static void update(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            assertEquals(sql, 1, s.executeUpdate(sql));
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static void insert(Connection c, String table, Map<String, Object> row) throws Exception {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + row.keySet().stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Object v : row.values()) {
                s.setObject(i++, v);
            }
            assertEquals(1, s.executeUpdate());
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    @Test
    public void g_theShellAndJaasUseTheSameAccounts() throws Exception {
        Subject admin = jaasLogin(username(Roles.ADMIN), password(Roles.ADMIN));
        Set<String> adminRoles = roles(admin);
        assertTrue(adminRoles.toString(), adminRoles.containsAll(Set.of("admin", "manager", "viewer", "ssh")));
        Set<String> judgeRoles = roles(jaasLogin(username(Roles.JUDGE), password(Roles.JUDGE)));
        assertTrue(judgeRoles.toString(), judgeRoles.containsAll(Set.of("ssh", "judge")));
        assertFalse(judgeRoles.toString(), judgeRoles.contains("admin") || judgeRoles.contains("viewer"));
        try {
            jaasLogin(username(Roles.JUDGE), "wrong-password-1");
            fail("a wrong password logged in");
        } catch (LoginException expected) {
            // refused
        }

        String out = shell(admin, "ecc:staff-list --no-format");
        assertTrue(out, out.contains(username(Roles.CLERK) + "\t"));
        out = shell(Roles.CLERK, "ecc:staff-add --generate it-nobody 某人");
        assertTrue(out, out.contains("错误：") && out.contains("没有权限"));
        out = shell(Roles.ADMIN, "ecc:case-list");
        assertTrue("the administrator manages accounts, not cases: " + out, out.contains("没有权限"));
        out = shell(Roles.CLERK, "ecc:case-list --limit 1");
        assertFalse(out, out.contains("错误"));

        String added = shell(admin, "ecc:staff-add -t 综合管理组 -r judge --generate it-shell 新人");
        String line = added.lines().filter(l -> l.contains("仅显示这一次")).findFirst()
                .orElseThrow(() -> new AssertionError(added));
        String generated = line.substring(line.lastIndexOf('：') + 1).strip();
        Http newcomer = login("it-shell", generated);
        assertEquals("judge", newcomer.get("/api/me").json().get("roles").get(0).get("id").asText());
        assertTrue(shell(admin, "ecc:role-grant it-shell clerk").contains("clerk"));
        assertTrue(newcomer.get("/api/me").json().get("permissions").toString().contains("case.create"));
        assertTrue(shell(admin, "ecc:permission-list --no-format").contains("inspector\t纪检监察\taudit.read"));

        out = shell(admin, "ecc:password-reset --generate it-shell");
        assertEquals(401, newcomer.get("/api/me").status());
        String reset = out.lines().filter(l -> l.contains("仅显示这一次")).findFirst().orElseThrow();
        assertEquals(200, login("it-shell", reset.substring(reset.lastIndexOf('：') + 1).strip()).get("/api/me").status());

        // Karaf's own administration is for administrators only
        out = shell(Roles.JUDGE, "feature:install scr");
        // Karaf hides a command its ACL refuses to the session's roles
        assertTrue(out, out.contains("Command not found") || out.toLowerCase().contains("insufficient credentials"));
        out = shell(admin, "feature:list --installed --no-format");
        assertTrue(out, out.contains("ecc-core"));
    }

    private static Set<String> roles(Subject subject) {
        return subject.getPrincipals().stream().filter(p -> p.getClass().getSimpleName().equals("RolePrincipal"))
                .map(Principal::getName).collect(Collectors.toSet());
    }

    @Test
    public void h_demoDataLoadsOnRequestOnly() {
        assertEquals(401, login("zhouming", "ecc-demo-2026").get("/api/me").status());
        String out = shell(Roles.ADMIN, "ecc:demo-load");
        assertTrue(out, out.contains("演示数据已载入"));
        JsonNode me = login("zhouming", "ecc-demo-2026").get("/api/me").json();
        assertEquals("周明", me.get("displayName").asText());
        assertEquals("chief", me.get("roles").get(0).get("id").asText());
        assertTrue(login("zhouming", "ecc-demo-2026").get("/api/approvals?mine=true").json().get("total").asLong() > 0);
    }

    @Test
    public void z_noPasswordNorFullIdNumberIsLogged() throws Exception {
        // a refused filing naming a (wrong) full ID number, and full reads, before looking
        assertEquals(400, http.post("/api/cases", CasesIT.CASE.replace("11010519491231002X", "110105194912310021"))
                .status());
        assertEquals(200, http.get("/api/cases/" + fileCase()).status());
        Path data = Paths.get(System.getProperty("karaf.data"));
        String log = Files.readString(data.resolve("log/karaf.log"), StandardCharsets.UTF_8);
        Path initial = data.resolve("ecc/initial-admin-password");
        String env = System.getenv("ECC_ADMIN_PASSWORD");
        if (env == null || env.isEmpty()) {
            assertTrue("the first administrator's password file", Files.exists(initial));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(initial)));
            assertTrue("the log names the file", log.contains(initial.toString()));
            String initialPassword = Files.readString(initial).strip();
            assertEquals(200, login("admin", initialPassword).get("/api/me").status());
            assertFalse("the first administrator's password is in the log", log.contains(initialPassword));
        }
        assertFalse(testPasswords().isEmpty());
        for (String secret : testPasswords()) {
            assertFalse("a password is in the log", log.contains(secret));
        }
        for (String personal : List.of("11010519491231002X", "110105194912310021", "13812345678", "大同街18号")) {
            assertFalse(personal + " is in the log", log.contains(personal));
        }
    }
}
