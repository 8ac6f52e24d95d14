package cn.ecc.core.internal.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.approvals.ApprovalState;
import cn.ecc.api.approvals.ApprovalTopics;
import cn.ecc.api.approvals.ApprovalType;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.Decision;
import cn.ecc.api.approvals.NewApproval;
import cn.ecc.api.audit.AuditQuery;
import cn.ecc.api.audit.AuditRecord;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.court.Court;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.RowHandler;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.docs.SpreadsheetFormat;
import cn.ecc.api.events.EccTopics;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.NewStaffMember;
import cn.ecc.api.security.Roles;
import cn.ecc.core.internal.cases.JpaCaseService;
import cn.ecc.api.nodes.CaseTermService;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.core.internal.cases.TestCases;
import cn.ecc.core.internal.nodes.CaseNodeHooks;
import cn.ecc.core.internal.nodes.TestNodes;
import cn.ecc.core.internal.security.SecurityFixture;
import cn.ecc.persistence.AfterCommit;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.RecordingEventAdmin;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class JpaApprovalServiceTest {

    static final String PASSWORD = "Tongbai-2026!";
    static final Court COURT = new Court("豫1330", "桐柏县人民法院", "南阳市中级人民法院");

    private final SecurityFixture f = new SecurityFixture();
    private final RecordingEventAdmin events = new RecordingEventAdmin();
    private final List<PdfDocument> printed = new ArrayList<>();
    private JpaCaseService cases;
    private JpaApprovalService approvals;
    private CaseNodeHooks engine;
    private CaseDetail theCase;

    private Actor chief;
    private Actor chief2;
    private Actor leader;
    private Actor centerHead;
    private Actor judge;
    private Actor clerk;

    @BeforeEach
    void setUp() {
        Transactions tx = new Transactions(f.jpa);
        engine = TestNodes.engine(tx, f.clock);
        cases = TestCases.service(tx, () -> COURT, f.clock, new AfterCommit(events, null), f.audit, engine);
        approvals = new JpaApprovalService(tx, f.clock, new AfterCommit(events, null), f.audit, f.accounts, () -> COURT,
                engine, Map.of(ApprovalType.HANDLER_CHANGE, List.of(Roles.CHIEF),
                        ApprovalType.TERM_EXTENSION, List.of(Roles.CHIEF),
                        ApprovalType.RESTRICTION_REMOVAL, List.of(Roles.COURT_LEADER, Roles.CENTER_HEAD),
                        ApprovalType.DISBURSEMENT, List.of(Roles.CHIEF + "|" + Roles.DEPUTY)));
        chief = staff("zhouming", Roles.CHIEF);
        chief2 = staff("liqiang", Roles.CHIEF);
        leader = staff("zhenghua", Roles.COURT_LEADER);
        centerHead = staff("fengjun", Roles.CENTER_HEAD);
        judge = staff("chenlin", Roles.JUDGE);
        staff("hejing", Roles.JUDGE);
        clerk = staff("songyu", Roles.CLERK);
        theCase = cases.file(newCase(), clerk);
        theCase = cases.assignHandler(theCase.id(), "chenlin", clerk);
        approvals.bindTerms((CaseTermService) engine);
        approvals.bindDocuments(new DocumentService() {
            @Override
            public byte[] xlsx(List<Sheet> sheets) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] pdf(List<PdfDocument> documents) {
                printed.addAll(documents);
                return "%PDF-1.7".getBytes();
            }

            @Override
            public void read(InputStream in, SpreadsheetFormat format, RowHandler handler) {
                throw new UnsupportedOperationException();
            }
        });
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    static cn.ecc.api.cases.NewCase newCase() {
        return new cn.ecc.api.cases.NewCase(CaseType.FIRST, java.time.LocalDate.of(2026, 3, 2), "民间借贷纠纷",
                "(2025)豫1330民初456号民事判决书", new java.math.BigDecimal("120000.50"), false,
                List.of(new cn.ecc.api.cases.Party(null, cn.ecc.api.cases.PartyKind.PERSON, "张三", "11010519491231002X",
                        "13812345678", null)),
                List.of(new cn.ecc.api.cases.Party(null, cn.ecc.api.cases.PartyKind.ORGANISATION, "桐柏县某建材有限公司",
                        null, null, null)), null, null);
    }

    private Actor staff(String username, String... roles) {
        f.accounts.add(new NewStaffMember(username, "测试" + username, null, Set.of(roles)), PASSWORD, Actor.system());
        return f.accounts.actor(username).orElseThrow();
    }

    private ApprovalView removal() {
        return approvals.request(new NewApproval(ApprovalType.RESTRICTION_REMOVAL, theCase.id(), "被执行人已履行完毕",
                Map.of("restrictionId", "17")), judge);
    }

    @Test
    void aRestrictionRemovalNeedsTheLeaderThenTheCenterHead() {
        ApprovalView a = removal();
        assertThat(a.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(a.steps()).extracting(s -> s.role()).containsExactly(Roles.COURT_LEADER, Roles.CENTER_HEAD);
        assertThat(a.caseNumber()).isEqualTo(theCase.number());
        assertThat(events.events(ApprovalTopics.REQUESTED)).singleElement()
                .satisfies(e -> assertThat(e.getProperty(ApprovalTopics.NEXT_ROLE)).isEqualTo(Roles.COURT_LEADER));

        // the center head cannot review before the leader approved
        assertThatThrownBy(() -> approvals.decide(a.id(), Decision.APPROVE, null, centerHead))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("分管院领导");
        ApprovalView afterLeader = approvals.decide(a.id(), Decision.APPROVE, "同意撤销", leader);
        assertThat(afterLeader.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(afterLeader.currentStep()).isEqualTo(1);
        assertThat(events.events(ApprovalTopics.DECIDED)).isEmpty();

        ApprovalView done = approvals.decide(a.id(), Decision.APPROVE, "审核通过", centerHead);
        assertThat(done.state()).isEqualTo(ApprovalState.APPROVED);
        assertThat(done.currentStep()).isEqualTo(-1);
        assertThat(done.steps()).extracting(s -> s.decider()).containsExactly("zhenghua", "fengjun");
        Event decided = events.events(ApprovalTopics.DECIDED).get(0);
        assertThat(decided.getProperty(ApprovalTopics.STATE)).isEqualTo("APPROVED");
        assertThat(decided.getProperty(ApprovalTopics.TYPE)).isEqualTo("RESTRICTION_REMOVAL");
        assertThat(decided.getProperty("case.id")).isEqualTo(theCase.id());
        assertThat(decided.getProperty(ApprovalTopics.DETAIL_PREFIX + "restrictionId")).isEqualTo("17");
    }

    @Test
    void aWrongApproverIsRefused() {
        ApprovalView a = removal();
        assertThatThrownBy(() -> approvals.decide(a.id(), Decision.APPROVE, null, clerk))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.decide(a.id(), Decision.APPROVE, null, chief))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(approvals.get(a.id(), leader).state()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    void noOneApprovesTheirOwnRequest() {
        Actor judgeAndLeader = staff("wangfang", Roles.JUDGE, Roles.COURT_LEADER);
        ApprovalView a = approvals.request(new NewApproval(ApprovalType.RESTRICTION_REMOVAL, theCase.id(), "已履行",
                Map.of()), judgeAndLeader);
        assertThatThrownBy(() -> approvals.decide(a.id(), Decision.APPROVE, null, judgeAndLeader))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("本人");
    }

    @Test
    void twoStepsNeedTwoPeople() {
        Actor both = staff("liuyang", Roles.COURT_LEADER, Roles.CENTER_HEAD);
        ApprovalView a = removal();
        approvals.decide(a.id(), Decision.APPROVE, null, both);
        assertThatThrownBy(() -> approvals.decide(a.id(), Decision.APPROVE, null, both))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("不同人员");
        assertThat(approvals.decide(a.id(), Decision.APPROVE, null, centerHead).state())
                .isEqualTo(ApprovalState.APPROVED);
    }

    @Test
    void aDecisionIsFinal() {
        ApprovalView a = removal();
        ApprovalView rejected = approvals.decide(a.id(), Decision.REJECT, "材料不全", leader);
        assertThat(rejected.state()).isEqualTo(ApprovalState.REJECTED);
        assertThat(rejected.steps().get(1).decision()).isNull();
        assertThatThrownBy(() -> approvals.decide(a.id(), Decision.APPROVE, null, leader))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不可更改");
        assertThatThrownBy(() -> approvals.decide(a.id(), Decision.APPROVE, null, centerHead))
                .isInstanceOf(ConflictException.class);
        assertThat(events.events(ApprovalTopics.DECIDED)).singleElement()
                .satisfies(e -> assertThat(e.getProperty(ApprovalTopics.STATE)).isEqualTo("REJECTED"));
    }

    @Test
    void ofConcurrentDecisionsExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            ApprovalView a = approvals.request(new NewApproval(ApprovalType.DISBURSEMENT, theCase.id(), "案款到账",
                    Map.of("amount", "1000.00")), clerk);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<String>> deciders = new ArrayList<>();
                for (Actor who : List.of(chief, chief2)) {
                    deciders.add(() -> {
                        start.await();
                        try {
                            approvals.decide(a.id(), who == chief ? Decision.APPROVE : Decision.REJECT, null, who);
                            return "won";
                        } catch (ConflictException e) {
                            return "conflict";
                        }
                    });
                }
                List<Future<String>> results = deciders.stream().map(pool::submit).toList();
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> r : results) {
                    outcomes.add(r.get());
                }
                assertThat(outcomes).containsExactlyInAnyOrder("won", "conflict");
            } finally {
                pool.shutdownNow();
            }
            ApprovalView done = approvals.get(a.id(), chief);
            assertThat(done.steps().get(0).decider()).isIn("zhouming", "liqiang");
            assertThat(done.state()).isEqualTo(done.steps().get(0).decision() == Decision.APPROVE
                    ? ApprovalState.APPROVED : ApprovalState.REJECTED);
        }
        assertThat(f.audit.verify(Actor.system()).intact()).isTrue();
    }

    @Test
    void anApprovedHandlerChangeChangesTheHandler() {
        ApprovalView a = approvals.request(new NewApproval(ApprovalType.HANDLER_CHANGE, theCase.id(), "工作调整",
                Map.of(ApprovalTopics.NEW_HANDLER, "hejing")), judge);
        assertThat(cases.get(theCase.id(), clerk).handler()).isEqualTo("chenlin");
        List<Long> chenlins = ((NodeService) engine).nodesOf(theCase.id(), clerk).stream()
                .filter(n -> "chenlin".equals(n.responsible())).map(NodeView::id).toList();
        assertThat(chenlins).isNotEmpty();
        approvals.decide(a.id(), Decision.APPROVE, "同意", chief);

        // the open nodes the previous handler answered for follow the new one
        assertThat(((NodeService) engine).nodesOf(theCase.id(), clerk)).filteredOn(n -> chenlins.contains(n.id()))
                .extracting(NodeView::responsible).containsOnly("hejing");
        assertThat(cases.get(theCase.id(), clerk).handler()).isEqualTo("hejing");
        assertThat(events.events(EccTopics.CASE_HANDLER_CHANGED)).singleElement().satisfies(e -> {
            assertThat(e.getProperty(EccTopics.HANDLER)).isEqualTo("hejing");
            assertThat(e.getProperty(EccTopics.PREVIOUS_HANDLER)).isEqualTo("chenlin");
            assertThat(e.getProperty(EccTopics.APPROVAL_ID)).isEqualTo(a.id());
        });
        List<AuditRecord> trail = f.audit.search(new AuditQuery(theCase.id(), null, null, null, null, null, null,
                null), Actor.system()).items().stream().filter(r -> !r.action().equals("party.personal.read")).toList();
        assertThat(trail).extracting(AuditRecord::action).startsWith("approval.decide", "case.handler.change",
                "approval.request");
        assertThat(trail.get(1).before()).containsEntry("handler", "chenlin");
        assertThat(trail.get(1).actor()).isEqualTo("zhouming");
    }

    @Test
    void aHandlerChangeIsCheckedWhenAskedFor() {
        assertThatThrownBy(() -> approvals.request(new NewApproval(ApprovalType.HANDLER_CHANGE, theCase.id(), "调整",
                Map.of(ApprovalTopics.NEW_HANDLER, "songyu")), judge)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> approvals.request(new NewApproval(ApprovalType.HANDLER_CHANGE, theCase.id(), "调整",
                Map.of(ApprovalTopics.NEW_HANDLER, "chenlin")), judge)).isInstanceOf(InvalidInputException.class);
        CaseDetail unassigned = cases.file(newCase(), clerk);
        assertThatThrownBy(() -> approvals.request(new NewApproval(ApprovalType.HANDLER_CHANGE, unassigned.id(), "调整",
                Map.of(ApprovalTopics.NEW_HANDLER, "hejing")), judge)).isInstanceOf(ConflictException.class);
        approvals.request(new NewApproval(ApprovalType.HANDLER_CHANGE, theCase.id(), "调整",
                Map.of(ApprovalTopics.NEW_HANDLER, "hejing")), judge);
        assertThatThrownBy(() -> approvals.request(new NewApproval(ApprovalType.HANDLER_CHANGE, theCase.id(), "再调整",
                Map.of(ApprovalTopics.NEW_HANDLER, "hejing")), judge)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("审批中");
    }

    @Test
    void aTermExtensionNamesItsDaysAndIsPublished() {
        assertThatThrownBy(() -> approvals.request(new NewApproval(ApprovalType.TERM_EXTENSION, theCase.id(), "评估拍卖中",
                Map.of(ApprovalTopics.DAYS, "ninety")), judge)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("details.days"));
        ApprovalView a = approvals.request(new NewApproval(ApprovalType.TERM_EXTENSION, theCase.id(), "评估拍卖中",
                Map.of(ApprovalTopics.DAYS, "90")), judge);
        CaseTermService terms = (CaseTermService) engine;
        var before = terms.term(theCase.id(), clerk);
        approvals.decide(a.id(), Decision.APPROVE, null, chief);
        var after = terms.term(theCase.id(), clerk);
        assertThat(after.extensionDays()).isEqualTo(before.extensionDays() + 90);
        assertThat(after.dueOn()).isAfter(before.dueOn());
        assertThat(f.audit.search(new AuditQuery(theCase.id(), null, "case.term.extend", null, null, null, null, null),
                Actor.system()).items()).singleElement()
                .satisfies(r -> assertThat(r.after()).containsEntry("approvalId", a.id()));
        assertThat(events.events(ApprovalTopics.DECIDED)).singleElement().satisfies(e -> {
            assertThat(e.getProperty(ApprovalTopics.TYPE)).isEqualTo("TERM_EXTENSION");
            assertThat(e.getProperty(ApprovalTopics.DETAIL_PREFIX + ApprovalTopics.DAYS)).isEqualTo("90");
        });
    }

    @Test
    void requestsAreCheckedField() {
        assertThatThrownBy(() -> approvals.request(new NewApproval(null, null, " ", Map.of()), judge))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("type", "caseId", "reason"));
        assertThatThrownBy(() -> approvals.request(new NewApproval(ApprovalType.DISBURSEMENT, theCase.id(), "x",
                Map.of()), chief)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyoneSeesTheirOwnAndWhatTheyDecide() {
        ApprovalView a = removal();
        assertThat(approvals.search(null, null, null, true, PageRequest.first(), leader).items())
                .extracting(ApprovalView::id).containsExactly(a.id());
        assertThat(approvals.search(null, null, null, true, PageRequest.first(), centerHead).total()).isZero();
        assertThat(approvals.search(null, null, null, true, PageRequest.first(), judge).total()).isZero();
        assertThat(approvals.search(ApprovalState.PENDING, null, null, false, PageRequest.first(), judge).items())
                .extracting(ApprovalView::id).containsExactly(a.id());
        assertThat(approvals.search(null, null, theCase.id(), false, PageRequest.first(), clerk).total()).isZero();
        assertThatThrownBy(() -> approvals.get(a.id(), clerk)).isInstanceOf(AccessDeniedException.class);
        // center heads (approval.read) see all
        assertThat(approvals.search(null, ApprovalType.RESTRICTION_REMOVAL, null, false, PageRequest.first(),
                centerHead).total()).isEqualTo(1);
        approvals.decide(a.id(), Decision.APPROVE, null, leader);
        assertThat(approvals.search(null, null, null, true, PageRequest.first(), centerHead).total()).isEqualTo(1);
        assertThat(approvals.search(null, null, null, true, PageRequest.first(), leader).total()).isZero();
    }

    @Test
    void theFormNamesTheCourtTheCaseAndEveryStep() {
        ApprovalView a = removal();
        approvals.decide(a.id(), Decision.APPROVE, "同意撤销", leader);
        byte[] pdf = approvals.form(a.id(), judge);
        assertThat(new String(pdf)).startsWith("%PDF");
        PdfDocument doc = printed.get(0);
        assertThat(doc.title()).contains("桐柏县人民法院");
        assertThat(doc.subtitle()).contains(theCase.number()).contains("撤销失信/限高");
        String body = doc.blocks().toString();
        assertThat(body).contains("被执行人已履行完毕", "测试chenlin（chenlin）", "分管院领导", "测试zhenghua（zhenghua）",
                "同意撤销", "指挥中心主任", "待审批");
        assertThat(doc.blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(PdfDocument.Signatures.class));
        assertThatThrownBy(() -> approvals.form(a.id(), clerk)).isInstanceOf(AccessDeniedException.class);
    }
}
