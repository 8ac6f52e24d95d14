package cn.ecc.core.internal.nodes;

import static cn.ecc.core.internal.nodes.Engine.CLERK;
import static cn.ecc.core.internal.nodes.Engine.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.common.Violation;
import cn.ecc.api.nodes.NewNode;
import cn.ecc.api.nodes.NodeQuery;
import cn.ecc.api.nodes.NodeRule;
import cn.ecc.api.nodes.NodeState;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import cn.ecc.core.internal.cases.TestCases;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaNodeServiceTest {

    private final Engine e = new Engine(LocalDateTime.of(2026, 3, 2, 9, 0));

    @AfterEach
    void tearDown() {
        e.close();
    }

    private List<NodeView> search(NodeState state) {
        return e.nodes.search(new NodeQuery(state, null, null, null, null, new PageRequest(100, 0)), CLERK).items();
    }

    private NodeView node(List<NodeView> nodes, String type) {
        return nodes.stream().filter(n -> n.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void filingOpensTheDefaultNodesWithTheirDeadlines() {
        CaseDetail c = e.file();
        List<NodeView> nodes = e.nodes.nodesOf(c.id(), CLERK);

        assertThat(nodes).extracting(NodeView::type).containsExactly(NodeTypes.NATIONAL_INQUIRY,
                NodeTypes.SEND_INITIAL_DOCUMENTS, NodeTypes.ASSIGN_HANDLER, NodeTypes.POINT_INQUIRY,
                NodeTypes.PROPERTY_INVESTIGATION, NodeTypes.CASE_TERM);
        assertThat(nodes).allSatisfy(n -> {
            assertThat(n.caseNumber()).isEqualTo(c.number());
            assertThat(n.state()).isEqualTo(NodeState.OPEN);
        });
        NodeView national = node(nodes, NodeTypes.NATIONAL_INQUIRY);
        assertThat(national.startedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        assertThat(national.dueAt()).isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 0));
        assertThat(national.warnAt()).isEqualTo(LocalDateTime.of(2026, 3, 4, 9, 0));
        assertThat(national.role()).isEqualTo(Roles.INQUIRY_OFFICER);
        assertThat(national.label()).isEqualTo("总对总网络查控");

        NodeView documents = node(nodes, NodeTypes.SEND_INITIAL_DOCUMENTS);
        assertThat(documents.dueAt()).isEqualTo(endOf(2026, 3, 5));
        assertThat(documents.warnAt()).isEqualTo(LocalDateTime.of(2026, 3, 4, 0, 0));
        assertThat(documents.role()).isEqualTo(Roles.CLERK);
        assertThat(documents.responsible()).isNull();

        assertThat(node(nodes, NodeTypes.ASSIGN_HANDLER).dueAt()).isEqualTo(endOf(2026, 3, 9));
        assertThat(node(nodes, NodeTypes.ASSIGN_HANDLER).role()).isEqualTo(Roles.CENTER_HEAD);
        assertThat(node(nodes, NodeTypes.POINT_INQUIRY).dueAt()).isEqualTo(endOf(2026, 3, 9));
        NodeView property = node(nodes, NodeTypes.PROPERTY_INVESTIGATION);
        assertThat(property.dueAt()).isEqualTo(endOf(2026, 4, 2));
        assertThat(property.role()).isEqualTo(Roles.JUDGE);
        NodeView term = node(nodes, NodeTypes.CASE_TERM);
        assertThat(term.dueAt()).isEqualTo(endOf(2026, 9, 2));
        assertThat(term.warnAt()).isEqualTo(LocalDateTime.of(2026, 8, 18, 0, 0));
        assertThat(term.startedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 0, 0));
    }

    @Test
    void nodesWithTheSameDeadlineKeepTheOrderTheyOpenedIn() {
        // the filing writes its nodes together, and EclipseLink does not promise the order of one flush's inserts
        for (int i = 0; i < 20; i++) {
            List<NodeView> nodes = e.nodes.nodesOf(e.file().id(), CLERK);
            NodeView assign = node(nodes, NodeTypes.ASSIGN_HANDLER);
            NodeView point = node(nodes, NodeTypes.POINT_INQUIRY);
            assertThat(assign.dueAt()).isEqualTo(point.dueAt());
            assertThat(assign.id()).isLessThan(point.id());
        }
    }

    @Test
    void nodesCommitAndRollBackWithTheFiling() {
        CaseNodeHooks failingAfterNodes = new CaseNodeHooks() {
            @Override
            public void caseFiled(long caseId, Actor actor) {
                e.nodes.caseFiled(caseId, actor);
                throw new IllegalStateException("the filing fails after its nodes were opened");
            }

            @Override
            public void handlerAssigned(long caseId, String handler, Actor actor) {
                e.nodes.handlerAssigned(caseId, handler, actor);
            }

            @Override
            public void handlerChanged(long caseId, String previous, String handler, Actor actor) {
                e.nodes.handlerChanged(caseId, previous, handler, actor);
            }
        };
        var cases = TestCases.service(e.tx, e.clock, failingAfterNodes);
        assertThatThrownBy(() -> cases.file(new NewCase(CaseType.FIRST, null, null,
                "(2025)豫1330民初1号", BigDecimal.TEN, false,
                List.of(new Party(null, PartyKind.PERSON, "张三", null, null, null)),
                List.of(new Party(null, PartyKind.PERSON, "李四", null, null, null)),
                null, null), CLERK)).hasMessageContaining("fails after its nodes");
        long nodes = e.tx.read(em -> em.createQuery("SELECT COUNT(n) FROM NodeEntity n", Long.class)
                .getSingleResult());
        long terms = e.tx.read(em -> em.createQuery("SELECT COUNT(t) FROM CaseTermEntity t", Long.class)
                .getSingleResult());
        assertThat(nodes).isZero();
        assertThat(terms).isZero();
    }

    @Test
    void filingOnTheEveOfTheSpringFestivalMovesDayDeadlinesButNotHours() {
        e.at(2026, 2, 13, 16, 0);
        List<NodeView> nodes = e.nodes.nodesOf(e.file().id(), CLERK);
        assertThat(node(nodes, NodeTypes.SEND_INITIAL_DOCUMENTS).dueAt()).isEqualTo(endOf(2026, 2, 24));
        assertThat(node(nodes, NodeTypes.NATIONAL_INQUIRY).dueAt()).isEqualTo(LocalDateTime.of(2026, 2, 16, 16, 0));
        assertThat(node(nodes, NodeTypes.ASSIGN_HANDLER).dueAt()).isEqualTo(endOf(2026, 2, 24));
        assertThat(node(nodes, NodeTypes.PROPERTY_INVESTIGATION).dueAt()).isEqualTo(endOf(2026, 3, 13));
    }

    @Test
    void assigningTheHandlerCompletesThatNodeAndNamesTheHandler() {
        CaseDetail c = e.file();
        e.at(2026, 3, 3, 10, 0);
        e.cases.assignHandler(c.id(), "dengwd", CLERK);

        List<NodeView> nodes = e.nodes.nodesOf(c.id(), CLERK);
        NodeView assign = node(nodes, NodeTypes.ASSIGN_HANDLER);
        assertThat(assign.state()).isEqualTo(NodeState.DONE);
        assertThat(assign.completedAt()).isEqualTo(LocalDateTime.of(2026, 3, 3, 10, 0));
        assertThat(assign.completedBy()).isEqualTo(CLERK.username());
        assertThat(node(nodes, NodeTypes.PROPERTY_INVESTIGATION).responsible()).isEqualTo("dengwd");
        assertThat(node(nodes, NodeTypes.CASE_TERM).responsible()).isEqualTo("dengwd");
        assertThat(node(nodes, NodeTypes.SEND_INITIAL_DOCUMENTS).responsible()).isNull();
        // done nodes come last
        assertThat(nodes.get(nodes.size() - 1).type()).isEqualTo(NodeTypes.ASSIGN_HANDLER);
    }

    @Test
    void aCaseFiledWithItsHandlerIsAssignedAtOnce() {
        List<NodeView> nodes = e.nodes.nodesOf(e.file("chenjian", false).id(), CLERK);
        assertThat(node(nodes, NodeTypes.ASSIGN_HANDLER).state()).isEqualTo(NodeState.DONE);
        assertThat(node(nodes, NodeTypes.PROPERTY_INVESTIGATION).responsible()).isEqualTo("chenjian");
    }

    @Test
    void completingANodeOnceAndForAll() {
        CaseDetail c = e.file();
        NodeView documents = node(e.nodes.nodesOf(c.id(), CLERK), NodeTypes.SEND_INITIAL_DOCUMENTS);
        e.at(2026, 3, 3, 11, 0);
        NodeView done = e.nodes.complete(c.id(), documents.id(), "已邮寄送达", CLERK);
        assertThat(done.state()).isEqualTo(NodeState.DONE);
        assertThat(done.note()).isEqualTo("已邮寄送达");

        e.at(2026, 3, 4, 11, 0);
        NodeView again = e.nodes.complete(c.id(), documents.id(), "再次", Engine.with("other",
                Permissions.NODE_COMPLETE));
        assertThat(again).isEqualTo(done);

        assertThat(e.nodes.completeOpen(c.id(), NodeTypes.SEND_INITIAL_DOCUMENTS, "x", CLERK)).isEmpty();
        assertThat(e.nodes.completeOpen(c.id(), NodeTypes.POINT_INQUIRY, "已查询", CLERK))
                .hasValueSatisfying(n -> assertThat(n.completedAt()).isEqualTo(LocalDateTime.of(2026, 3, 4, 11, 0)));

        assertThatThrownBy(() -> e.nodes.complete(c.id() + 1, documents.id(), null, CLERK))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> e.nodes.complete(c.id(), documents.id(), "x".repeat(501), CLERK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        x -> assertThat(x.violations()).extracting(Violation::field).containsExactly("note"));
        assertThatThrownBy(() -> e.nodes.complete(c.id(), documents.id(), null, Engine.with("reader",
                Permissions.NODE_READ))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> e.nodes.nodesOf(c.id(), Engine.with("nobody")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> e.nodes.nodesOf(999, CLERK)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void statesFollowTheClock() {
        CaseDetail c = e.file();
        assertThat(search(NodeState.OVERDUE)).isEmpty();
        assertThat(search(NodeState.OPEN)).hasSize(6);
        assertThat(search(null)).hasSize(6);

        e.at(2026, 3, 4, 10, 0);
        assertThat(search(NodeState.DUE_SOON)).extracting(NodeView::type)
                .containsExactly(NodeTypes.NATIONAL_INQUIRY, NodeTypes.SEND_INITIAL_DOCUMENTS);
        assertThat(search(NodeState.OPEN)).hasSize(4);

        e.at(2026, 3, 6, 10, 0);
        assertThat(search(NodeState.OVERDUE)).extracting(NodeView::type)
                .containsExactly(NodeTypes.NATIONAL_INQUIRY, NodeTypes.SEND_INITIAL_DOCUMENTS);
        assertThat(search(NodeState.OVERDUE)).allSatisfy(n -> assertThat(n.state()).isEqualTo(NodeState.OVERDUE));
        assertThat(search(NodeState.DUE_SOON)).extracting(NodeView::type)
                .containsExactly(NodeTypes.ASSIGN_HANDLER, NodeTypes.POINT_INQUIRY);

        e.nodes.completeOpen(c.id(), NodeTypes.NATIONAL_INQUIRY, null, CLERK);
        assertThat(search(NodeState.OVERDUE)).extracting(NodeView::type)
                .containsExactly(NodeTypes.SEND_INITIAL_DOCUMENTS);
        assertThat(search(NodeState.DONE)).extracting(NodeView::type).containsExactly(NodeTypes.NATIONAL_INQUIRY);

        // the deadline itself is still in time; one second later it is not
        e.clock.set(endOf(2026, 3, 9));
        assertThat(search(NodeState.DUE_SOON)).extracting(NodeView::type).contains(NodeTypes.ASSIGN_HANDLER);
        e.clock.set(endOf(2026, 3, 9).plusSeconds(1));
        assertThat(search(NodeState.OVERDUE)).extracting(NodeView::type).contains(NodeTypes.ASSIGN_HANDLER);
    }

    @Test
    void searchFiltersAndPages() {
        CaseDetail first = e.file();
        e.file();
        e.cases.assignHandler(first.id(), "dengwd", CLERK);

        var mine = e.nodes.search(new NodeQuery(null, "dengwd", null, null, null, null), CLERK);
        assertThat(mine.items()).extracting(NodeView::type)
                .containsExactly(NodeTypes.PROPERTY_INVESTIGATION, NodeTypes.CASE_TERM);
        var national = e.nodes.search(new NodeQuery(null, null, NodeTypes.NATIONAL_INQUIRY, null, null, null), CLERK);
        assertThat(national.total()).isEqualTo(2);
        var soon = e.nodes.search(new NodeQuery(null, null, null, null, java.time.LocalDate.of(2026, 3, 5), null),
                CLERK);
        assertThat(soon.items()).extracting(NodeView::type).containsOnly(NodeTypes.NATIONAL_INQUIRY,
                NodeTypes.SEND_INITIAL_DOCUMENTS).hasSize(4);
        var page = e.nodes.search(new NodeQuery(null, null, null, first.id(), null, new PageRequest(2, 2)), CLERK);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).hasSize(2);
        assertThat(page.offset()).isEqualTo(2);
    }

    @Test
    void areasOpenNodesByRuleOrWithTheDeadlineTheEventSets() {
        CaseDetail c = e.file("dengwd", false);
        NodeView pay = e.nodes.open(c.id(), NodeTypes.PAY_OUT, LocalDateTime.of(2026, 3, 2, 14, 0), null, CLERK);
        assertThat(pay.dueAt()).isEqualTo(endOf(2026, 4, 1));
        assertThat(pay.role()).isEqualTo(Roles.FUNDS_OFFICER);

        LocalDateTime lapse = endOf(2027, 3, 1);
        NodeView freeze = e.nodes.open(new NewNode(c.id(), NodeTypes.RENEW_FREEZE, "续行冻结（银行存款）",
                LocalDateTime.of(2026, 3, 2, 15, 0), lapse, null), CLERK);
        assertThat(freeze.dueAt()).isEqualTo(lapse);
        assertThat(freeze.warnAt()).isEqualTo(LocalDateTime.of(2027, 2, 14, 0, 0));
        assertThat(freeze.responsible()).isEqualTo("dengwd");
        assertThat(freeze.label()).isEqualTo("续行冻结（银行存款）");

        NodeView own = e.nodes.open(new NewNode(c.id(), "auction-handover-review", "拍卖移交审查", null,
                endOf(2026, 3, 20), "mashuai"), CLERK);
        assertThat(own.responsible()).isEqualTo("mashuai");
        assertThat(own.warnAt()).isEqualTo(LocalDateTime.of(2026, 3, 17, 0, 0));

        assertThatThrownBy(() -> e.nodes.open(c.id(), "no-such-type", null, null, CLERK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        x -> assertThat(x.violations()).extracting(Violation::field).containsExactly("type"));
        assertThatThrownBy(() -> e.nodes.open(new NewNode(c.id(), NodeTypes.PAY_OUT, null,
                LocalDateTime.of(2026, 3, 2, 15, 0), LocalDateTime.of(2026, 3, 1, 0, 0), "bad name"), CLERK))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.violations())
                        .extracting(Violation::field).containsExactly("due", "responsible"));
        assertThatThrownBy(() -> e.nodes.open(999, NodeTypes.PAY_OUT, null, null, CLERK))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> e.nodes.open(c.id(), NodeTypes.PAY_OUT, null, null,
                Engine.with("reader", Permissions.NODE_READ))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCourtChangesARuleForNodesOpenedAfterwards() {
        CaseDetail c = e.file();
        RuleOverride court = RuleOverride.parse(Map.of("service.pid", "ecc.deadline.rule~payout",
                "type", "pay-out", "length", "10", "unit", "working_days", "warnBefore", 2, "warnUnit", "WORKING_DAYS",
                "notify", new String[] {"chief", "deputy"}));
        e.rules.add(court);
        NodeRule rule = e.nodes.rules(CLERK).stream().filter(r -> r.type().equals(NodeTypes.PAY_OUT)).findFirst()
                .orElseThrow();
        assertThat(rule.length()).isEqualTo(10);
        assertThat(rule.unit()).isEqualTo(DeadlineUnit.WORKING_DAYS);
        assertThat(rule.notifyRoles()).containsExactly("chief", "deputy");
        assertThat(rule.configuredBy()).isEqualTo("ecc.deadline.rule~payout");
        assertThat(rule.label()).isEqualTo("案款发放");

        // arrival on Friday 2026-04-03: 4/4-4/6 清明, 10 working days later is 4/20, warned from 4/16
        NodeView pay = e.nodes.open(c.id(), NodeTypes.PAY_OUT, LocalDateTime.of(2026, 4, 3, 10, 0), null, CLERK);
        assertThat(pay.dueAt()).isEqualTo(endOf(2026, 4, 20));
        assertThat(pay.warnAt()).isEqualTo(LocalDateTime.of(2026, 4, 16, 0, 0));

        e.rules.removeRule(new ConfiguredRule(Map.of("service.pid", "ecc.deadline.rule~payout", "type", "pay-out")));
        assertThat(e.nodes.open(c.id(), NodeTypes.PAY_OUT, LocalDateTime.of(2026, 4, 3, 10, 0), null, CLERK).dueAt())
                .isEqualTo(endOf(2026, 5, 6));
        assertThat(e.nodes.rules(CLERK)).hasSize(27).allSatisfy(r -> assertThat(r.configuredBy()).isNull());
    }
}
