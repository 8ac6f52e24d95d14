package cn.ecc.restrictions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.approvals.Decision;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.nodes.NodeState;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.restrictions.RestrictionTopics;
import cn.ecc.api.security.Actor;
import cn.ecc.restrictions.internal.Views.ExtensionInput;
import cn.ecc.restrictions.internal.Views.LedgerLine;
import cn.ecc.restrictions.internal.Views.LedgerQuery;
import cn.ecc.restrictions.internal.Views.ListingInput;
import cn.ecc.restrictions.internal.Views.Measure;
import cn.ecc.restrictions.internal.Views.RemovalInput;
import cn.ecc.restrictions.internal.Views.RequestView;
import cn.ecc.restrictions.internal.Views.RestrictionView;
import cn.ecc.restrictions.internal.Views.Statistics;
import cn.ecc.restrictions.internal.Views.TemporaryLiftInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestrictionServiceTest {

    static final Party APPLICANT = new Party(1L, PartyKind.PERSON, "张三", "11010519491231002X", null, null);
    static final Party COMPANY = new Party(2L, PartyKind.ORGANISATION, "桐柏县某建材有限公司", "91411330MA44XXXX1B", null, null);
    static final String LI_ID = Ids.born(LocalDate.of(1980, 5, 6));
    static final Party LI = new Party(3L, PartyKind.PERSON, "李四", LI_ID, "13812345678", "河南省桐柏县城关镇大同街18号");
    static final Party MINOR = new Party(4L, PartyKind.PERSON, "王小五", Ids.born(LocalDate.of(2010, 6, 1)), null, null);

    Fixture f;
    CaseDetail theCase;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        theCase = ListingRulesTest.caseWith(List.of(APPLICANT), List.of(COMPANY, LI, MINOR));
        f.cases.add(theCase);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    RequestView askDishonest(Party p, Ground ground, Integer grace) {
        return f.service.requestListing(new ListingInput(theCase.id(), p.id(),
                List.of(new Measure(RestrictionType.DISHONEST, ground)), grace, null, "拒不履行判决确定的还款义务"), f.judge);
    }

    RestrictionView only(long caseId) {
        List<RestrictionView> all = f.service.ofCase(caseId, f.judge);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void anApprovedListingIsInForceWithItsTermTheLedgerLineTheNodeTheAuditAndTheEvent() {
        RequestView r = f.service.requestListing(new ListingInput(theCase.id(), LI.id(), List.of(
                new Measure(RestrictionType.DISHONEST, Ground.ABLE_BUT_REFUSES),
                new Measure(RestrictionType.CONSUMPTION, Ground.LISTED_DISHONEST)), 0, null, "有财产拒不履行"), f.judge);
        assertThat(r.state()).isEqualTo(RequestState.PENDING);
        assertThat(r.approvalId()).isNotNull();
        assertThat(f.approvals.store.get(r.approvalId()).reason()).contains("李四").contains("失信").contains("限制高消费")
                .contains("有财产拒不履行").doesNotContain(LI_ID);
        assertThat(f.service.ofCase(theCase.id(), f.judge)).as("nothing is in force before the approval").isEmpty();
        assertThat(f.events.events(RestrictionTopics.REQUESTED)).hasSize(1);

        f.approveAll(r.approvalId());

        List<RestrictionView> in = f.service.ofCase(theCase.id(), f.judge);
        assertThat(in).hasSize(2);
        RestrictionView dishonest = in.stream().filter(v -> v.type() == RestrictionType.DISHONEST).findFirst().orElseThrow();
        assertThat(dishonest.state()).isEqualTo(RestrictionState.IN_FORCE);
        assertThat(dishonest.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(dishonest.effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(dishonest.termMonths()).isEqualTo(24);
        assertThat(dishonest.endsOn()).isEqualTo(LocalDate.of(2028, 3, 2));
        assertThat(dishonest.idNumber()).isEqualTo("4113**********" + LI_ID.substring(14));
        assertThat(dishonest.listingApprovers()).contains("分管院领导").contains("郑华").contains("同意");
        RestrictionView consumption = in.stream().filter(v -> v.type() == RestrictionType.CONSUMPTION).findFirst()
                .orElseThrow();
        assertThat(consumption.termMonths()).as("限高 has no fixed term by default").isNull();
        assertThat(consumption.termText()).isEqualTo("无固定期限");

        assertThat(f.service.request(r.id(), f.judge).state()).isEqualTo(RequestState.DONE);
        List<NodeView> expiry = f.nodes.ofType(NodeTypes.RESTRICTION_EXPIRY);
        assertThat(expiry).hasSize(1);
        assertThat(expiry.get(0).dueAt()).isEqualTo(LocalDateTime.of(2028, 3, 2, 23, 59, 59));
        assertThat(f.events.events(RestrictionTopics.LISTED)).hasSize(2);
        assertThat(f.events.events(RestrictionTopics.LISTED).get(0).getProperty(RestrictionTopics.RESTRICTION_ID))
                .isNotNull();
        assertThat(f.audit.entries("restriction.list")).hasSize(2);
        assertThat(f.audit.entries("restriction.list").get(0).after().toString()).doesNotContain(LI_ID);

        List<LedgerLine> lines = f.service.ledger(new LedgerQuery(null, null, null, null, null), PageRequest.first(),
                f.clerk).items();
        assertThat(lines).hasSize(2).allSatisfy(l -> {
            assertThat(l.action()).isEqualTo(LedgerAction.LISTED);
            assertThat(l.caseNumber()).isEqualTo(theCase.number());
            assertThat(l.idNumber()).doesNotContain(LI_ID.substring(4, 14));
            assertThat(l.approvers()).contains("郑华");
            assertThat(l.requestedBy()).isEqualTo("陈林");
        });
    }

    @Test
    void aRejectedListingChangesNothingAndSaysWhy() {
        RequestView r = askDishonest(LI, Ground.ABLE_BUT_REFUSES, null);
        f.approvals.decide(r.approvalId(), Decision.REJECT, "证据不足", f.leader);
        f.service.onDecided(r.approvalId());
        assertThat(f.service.ofCase(theCase.id(), f.judge)).isEmpty();
        RequestView after = f.service.request(r.id(), f.judge);
        assertThat(after.state()).isEqualTo(RequestState.REJECTED);
        assertThat(after.outcome()).contains("证据不足");
        assertThat(after.approvers()).contains("不同意");
        assertThat(f.events.events(RestrictionTopics.REFUSED)).hasSize(1);
        assertThat(f.service.ledger(new LedgerQuery(null, null, null, null, null), PageRequest.first(), f.clerk)
                .total()).isZero();
    }

    @Test
    void aDecisionReportedTwiceIsCarriedOutOnce() {
        RequestView r = askDishonest(LI, Ground.EVADES, null);
        f.approveAll(r.approvalId());
        assertThat(f.service.onDecided(r.approvalId())).isFalse();
        f.service.onDecided(r.approvalId());
        assertThat(f.service.ofCase(theCase.id(), f.judge)).hasSize(1);
        assertThat(f.service.ledger(new LedgerQuery(null, null, null, null, null), PageRequest.first(), f.clerk)
                .total()).isEqualTo(1);
    }

    @Test
    void aDecisionOnAnApprovalThisAreaDidNotAskForIsIgnored() {
        assertThat(f.service.onDecided(424242L)).isFalse();
    }

    @Test
    void aPendingDecisionDoesNothingAndAMissedOneIsCarriedOutByThePeriodicRun() {
        RequestView r = askDishonest(LI, Ground.EVADES, null);
        assertThat(f.service.onDecided(r.approvalId())).as("still pending").isFalse();
        f.approvals.decide(r.approvalId(), Decision.APPROVE, null, f.leader);
        // no event reached the area (it was not installed): the periodic run finds the pending request
        assertThat(f.service.sweep().decided()).isEqualTo(1);
        assertThat(only(theCase.id()).state()).isEqualTo(RestrictionState.IN_FORCE);
    }

    @Test
    void theSameRespondentIsNotListedTwiceOnTheSameGroundButMayBeOnAnother() {
        RequestView first = askDishonest(LI, Ground.EVADES, null);
        assertThatThrownBy(() -> askDishonest(LI, Ground.EVADES, null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations().get(0).field())
                        .isEqualTo("restrictions[0].ground"));
        f.approveAll(first.approvalId());
        assertThatThrownBy(() -> askDishonest(LI, Ground.EVADES, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不得重复纳入");
        RequestView other = askDishonest(LI, Ground.VIOLATES_PROPERTY_REPORT, null);
        f.approveAll(other.approvalId());
        assertThat(f.service.ofCase(theCase.id(), f.judge)).hasSize(2);
    }

    @Test
    void aMinorIsNeverListedAndAPersonOutsideTheRespondentsIsRefused() {
        assertThatThrownBy(() -> askDishonest(MINOR, Ground.EVADES, null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("partyId");
                    assertThat(e.violations().get(0).message()).contains("未满十八周岁");
                });
        assertThatThrownBy(() -> askDishonest(APPLICANT, Ground.EVADES, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("partyId");
        assertThat(f.approvals.store).as("no approval was asked for").isEmpty();
        // an organisation has no age
        RequestView company = askDishonest(COMPANY, Ground.EVADES, null);
        assertThat(company.state()).isEqualTo(RequestState.PENDING);
    }

    @Test
    void aMinorOnTheDayOfTheDecisionIsNotListedEvenIfTheRequestPassed() {
        // eighteen on 2026-03-05, so of age from 2026-03-06
        Party almost = new Party(5L, PartyKind.PERSON, "孙八", Ids.born(LocalDate.of(2008, 3, 5)), null, null);
        theCase = ListingRulesTest.caseWith(List.of(APPLICANT), List.of(almost));
        f.cases.add(theCase);
        assertThatThrownBy(() -> askDishonest(almost, Ground.EVADES, null)).isInstanceOf(InvalidInputException.class);
        f.clock.set(LocalDateTime.of(2026, 3, 6, 9, 0));
        RequestView r = askDishonest(almost, Ground.EVADES, null);
        // the approval bears an earlier date (a wrong clock, a back-dated decision): the rule holds at the decision
        f.approvals.decidedAt = Instant.parse("2026-03-04T02:00:00Z");
        f.approveAll(r.approvalId());
        assertThat(f.service.ofCase(theCase.id(), f.judge)).isEmpty();
        assertThat(f.service.request(r.id(), f.judge).state()).isEqualTo(RequestState.VOID);
    }

    @Test
    void badRequestsNameTheirFields() {
        assertThatThrownBy(() -> f.service.requestListing(new ListingInput(theCase.id(), LI.id(), List.of(
                new Measure(RestrictionType.DISHONEST, Ground.NOT_PERFORMED_IN_TIME),
                new Measure(RestrictionType.CONSUMPTION, null)), 4, null, " "), f.judge))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting("field")
                        .containsExactly("restrictions[0].ground", "restrictions[1].ground", "graceMonths", "reason"));
        assertThatThrownBy(() -> f.service.requestListing(new ListingInput(theCase.id(), LI.id(), List.of(
                new Measure(RestrictionType.CONSUMPTION, Ground.LISTED_DISHONEST)), null, null, "已失信"), f.judge))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("未被纳入失信被执行人名单");
    }

    @Test
    void onlyThoseAllowedMayAsk() {
        assertThatThrownBy(() -> f.service.requestListing(new ListingInput(theCase.id(), LI.id(), List.of(
                new Measure(RestrictionType.DISHONEST, Ground.EVADES)), null, null, "理由"), f.head))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.requestRemoval(new RemovalInput(List.of(1L), RemovalKind.REVOKED, null, "x"),
                f.chief)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.ledger(new LedgerQuery(null, null, null, null, null), null, f.judge))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClerkWithoutPersonalDataStillGetsTheMinorRuleApplied() {
        // the clerk reads ID numbers masked; the rule reads them in full for the platform
        assertThatThrownBy(() -> f.service.requestListing(new ListingInput(theCase.id(), MINOR.id(), List.of(
                new Measure(RestrictionType.DISHONEST, Ground.EVADES)), null, null, "理由"), f.clerk))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("未满十八周岁");
    }

    @Test
    void aGracePeriodDefersTheStartAndThePeriodicRunPutsItInForce() {
        RequestView r = askDishonest(LI, Ground.EVADES, 1);
        f.approveAll(r.approvalId());
        RestrictionView v = only(theCase.id());
        assertThat(v.state()).isEqualTo(RestrictionState.GRACE);
        assertThat(v.graceUntil()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(v.effectiveOn()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(v.endsOn()).isEqualTo(LocalDate.of(2028, 4, 3));
        assertThat(f.service.search(new RestrictionService.Query(null, RestrictionState.GRACE, null, null), null, f.judge)
                .total()).isEqualTo(1);

        f.clock.set(LocalDateTime.of(2026, 4, 3, 0, 30));
        assertThat(only(theCase.id()).state()).as("the dates decide, before the periodic run")
                .isEqualTo(RestrictionState.IN_FORCE);
        assertThat(f.service.sweep().inForce()).isEqualTo(1);
        assertThat(f.events.events(RestrictionTopics.IN_FORCE)).hasSize(1);
        assertThat(f.service.sweep().inForce()).isZero();
    }

    @Test
    void removalWaitsForTheCenterHeadsReviewAfterTheLeadersApproval() {
        RequestView listing = askDishonest(LI, Ground.EVADES, null);
        f.approveAll(listing.approvalId());
        long id = only(theCase.id()).id();

        RequestView removal = f.service.requestRemoval(new RemovalInput(List.of(id), RemovalKind.REVOKED, null,
                "纳入错误：被执行人已提供担保"), f.judge);
        f.approvals.decide(removal.approvalId(), Decision.APPROVE, "同意撤销", f.leader);
        f.service.onDecided(removal.approvalId());
        assertThat(only(theCase.id()).state()).as("the review is missing").isEqualTo(RestrictionState.IN_FORCE);

        f.approvals.decide(removal.approvalId(), Decision.APPROVE, "审核同意", f.head);
        f.service.onDecided(removal.approvalId());
        RestrictionView ended = only(theCase.id());
        assertThat(ended.state()).isEqualTo(RestrictionState.ENDED);
        assertThat(ended.endKind()).isEqualTo(RemovalKind.REVOKED);
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ended.removalApprovers()).contains("郑华").contains("指挥中心主任").contains("冯军");
        assertThat(f.nodes.ofType(NodeTypes.RESTRICTION_EXPIRY)).allMatch(n -> n.state() == NodeState.DONE);
        LedgerLine line = f.service.ledger(new LedgerQuery(null, null, null, LedgerAction.REMOVED, null), null, f.clerk)
                .items().get(0);
        assertThat(line.actionLabel()).isEqualTo("撤销");
        assertThat(line.reason()).contains("纳入错误");
        assertThat(f.audit.entries("restriction.remove")).hasSize(1);
        // once ended it is not removed again, and may be listed anew
        assertThatThrownBy(() -> f.service.requestRemoval(new RemovalInput(List.of(id), RemovalKind.REVOKED, null, "再撤"),
                f.judge)).isInstanceOf(InvalidInputException.class).hasMessageContaining("已于");
        askDishonest(LI, Ground.EVADES, null);
    }

    @Test
    void deletionAfterPerformanceOpensAThreeWorkingDayNodeThatTheRemovalCompletes() {
        RequestView listing = askDishonest(LI, Ground.EVADES, null);
        f.approveAll(listing.approvalId());
        long id = only(theCase.id()).id();
        // performed on Friday 2026-02-13: Sat 02-14 is worked, 春节 02-15..23, so the third working day is 02-25
        RequestView removal = f.service.requestRemoval(new RemovalInput(List.of(id), RemovalKind.PERFORMED,
                LocalDate.of(2026, 2, 13), "已全部履行"), f.judge);
        assertThat(removal.deleteBy()).isEqualTo(LocalDate.of(2026, 2, 25));
        NodeView node = f.nodes.ofType(NodeTypes.RESTRICTION_DELETE_AFTER_PERFORMANCE).get(0);
        assertThat(node.state()).isEqualTo(NodeState.OPEN);
        assertThat(f.events.events(RestrictionTopics.PERFORMED)).hasSize(1);

        f.approveAll(removal.approvalId());
        RestrictionView ended = only(theCase.id());
        assertThat(ended.endKind()).isEqualTo(RemovalKind.PERFORMED);
        assertThat(ended.performedOn()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(f.nodes.nodes.get(node.id()).state()).isEqualTo(NodeState.DONE);
    }

    @Test
    void removalsAreCheckedAgainstTheMeasure() {
        RequestView listing = f.service.requestListing(new ListingInput(theCase.id(), LI.id(), List.of(
                new Measure(RestrictionType.CONSUMPTION, Ground.NOT_PERFORMED_IN_TIME)), null, null, "逾期未履行"), f.judge);
        f.approveAll(listing.approvalId());
        long id = only(theCase.id()).id();
        assertThatThrownBy(() -> f.service.requestRemoval(new RemovalInput(List.of(id), RemovalKind.SHIELDED, null, "屏蔽"),
                f.judge)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("kind"));
        assertThatThrownBy(() -> f.service.requestRemoval(new RemovalInput(List.of(id), RemovalKind.EXPIRED, null, "x"),
                f.judge)).isInstanceOf(InvalidInputException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> f.service.requestRemoval(new RemovalInput(List.of(id), RemovalKind.PERFORMED, null, "x"),
                f.judge)).isInstanceOf(InvalidInputException.class).hasMessageContaining("performedOn");
        RequestView lifted = f.service.requestRemoval(new RemovalInput(List.of(id), RemovalKind.LIFTED, null,
                "被执行人提供确实有效的担保"), f.judge);
        assertThatThrownBy(() -> f.service.requestRemoval(new RemovalInput(List.of(id), RemovalKind.LIFTED, null, "再次"),
                f.judge)).as("one pending removal per case").isInstanceOf(ConflictException.class);
        f.approveAll(lifted.approvalId());
        assertThat(only(theCase.id()).endKindLabel()).isEqualTo("解除限制消费");
    }

    @Test
    void aTermRunsOutOnItsOwn() {
        RequestView r = askDishonest(LI, Ground.EVADES, null);
        f.approveAll(r.approvalId());
        f.clock.set(LocalDateTime.of(2028, 3, 2, 23, 0));
        assertThat(f.service.sweep().expired()).isZero();
        f.clock.set(LocalDateTime.of(2028, 3, 3, 1, 0));
        assertThat(only(theCase.id()).state()).isEqualTo(RestrictionState.ENDED);
        assertThat(f.service.sweep().expired()).isEqualTo(1);
        RestrictionView v = only(theCase.id());
        assertThat(v.endKind()).isEqualTo(RemovalKind.EXPIRED);
        assertThat(v.endedOn()).isEqualTo(LocalDate.of(2028, 3, 3));
        assertThat(f.nodes.ofType(NodeTypes.RESTRICTION_EXPIRY).get(0).state()).isEqualTo(NodeState.DONE);
        assertThat(f.events.events(RestrictionTopics.EXPIRED)).hasSize(1);
        assertThat(f.service.ledger(new LedgerQuery(null, null, null, LedgerAction.EXPIRED, null), null, f.clerk)
                .items()).singleElement().satisfies(l -> assertThat(l.date()).isEqualTo(LocalDate.of(2028, 3, 3)));
        assertThat(f.service.sweep().expired()).isZero();
    }

    @Test
    void aProvisionalEndFollowsTheHolidayDataWhenItArrives() {
        RequestView r = askDishonest(LI, Ground.EVADES, null);
        f.approveAll(r.approvalId());
        assertThat(only(theCase.id()).endsProvisional()).isTrue();
        assertThat(f.service.sweep().recomputed()).isZero();
        f.calendar.year(2027, new String[0]).year(2028, new String[] {"2028-03-02/2028-03-03"});
        assertThat(f.service.sweep().recomputed()).isEqualTo(1);
        RestrictionView v = only(theCase.id());
        assertThat(v.endsOn()).isEqualTo(LocalDate.of(2028, 3, 6));
        assertThat(v.endsProvisional()).isFalse();
        assertThat(f.nodes.ofType(NodeTypes.RESTRICTION_EXPIRY)).hasSize(2);
    }

    @Test
    void anExtensionIsApprovedAndLimitedToThreeYearsInAll() {
        RequestView r = askDishonest(LI, Ground.OBSTRUCTS, null);
        f.approveAll(r.approvalId());
        long id = only(theCase.id()).id();
        assertThatThrownBy(() -> f.service.requestExtension(new ExtensionInput(id, 4, "情节严重"), f.judge))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("years");
        RequestView ext = f.service.requestExtension(new ExtensionInput(id, 2, "暴力抗拒执行，情节严重"), f.judge);
        assertThat(only(theCase.id()).endsOn()).as("not before the approval").isEqualTo(LocalDate.of(2028, 3, 2));
        f.approveAll(ext.approvalId());
        RestrictionView v = only(theCase.id());
        assertThat(v.extensionMonths()).isEqualTo(24);
        assertThat(v.endsOn()).isEqualTo(LocalDate.of(2030, 3, 4));
        assertThat(v.termText()).contains("延长2年");
        assertThatThrownBy(() -> f.service.requestExtension(new ExtensionInput(id, 2, "再延长"), f.judge))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("累计延长不得超过3年");
        assertThat(f.service.ledger(new LedgerQuery(null, null, null, LedgerAction.EXTENDED, null), null, f.clerk)
                .total()).isEqualTo(1);
    }

    @Test
    void aTravelBanIsLiftedForADatedPeriodOfAtMostOneMonth() {
        RequestView r = f.service.requestListing(new ListingInput(theCase.id(), LI.id(), List.of(
                new Measure(RestrictionType.CONSUMPTION, Ground.NOT_PERFORMED_IN_TIME)), null, null, "逾期未履行"), f.judge);
        f.approveAll(r.approvalId());
        long id = only(theCase.id()).id();
        assertThatThrownBy(() -> f.service.requestTemporaryLift(new TemporaryLiftInput(id, LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 4, 6), "母亲病重"), f.judge)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
        RequestView lift = f.service.requestTemporaryLift(new TemporaryLiftInput(id, LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 4, 5), "母亲病重，赴外地就医"), f.judge);
        f.approveAll(lift.approvalId());
        assertThat(only(theCase.id()).temporarilyLifted()).isFalse();
        f.clock.set(LocalDateTime.of(2026, 3, 5, 8, 0));
        RestrictionView v = only(theCase.id());
        assertThat(v.temporarilyLifted()).isTrue();
        assertThat(v.state()).isEqualTo(RestrictionState.IN_FORCE);
        assertThat(v.lifts()).singleElement().satisfies(l -> assertThat(l.approvers()).contains("冯军"));
        f.clock.set(LocalDateTime.of(2026, 4, 6, 8, 0));
        assertThat(only(theCase.id()).temporarilyLifted()).isFalse();
    }

    @Test
    void theLedgerExportsAsTheCourtKeepsItAndPrints() {
        RequestView r = askDishonest(LI, Ground.EVADES, null);
        f.approveAll(r.approvalId());
        f.service.ledgerXlsx(new LedgerQuery(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, null),
                f.clerk);
        Sheet sheet = f.documents.sheets.get(0);
        assertThat(sheet.title()).contains("桐柏县人民法院").contains("纳入/撤销台帐").contains("2026-03-01 至 2026-03-31");
        assertThat(sheet.headers()).contains("案号", "被执行人", "证件号码", "审批人");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0)).contains("纳入", theCase.number(), "李四", LocalDate.of(2028, 3, 2));
        assertThat(sheet.rows().get(0).toString()).doesNotContain(LI_ID);
        f.service.ledgerPdf(new LedgerQuery(null, null, null, null, null), f.clerk);
        PdfDocument pdf = f.documents.pdfs.get(0);
        assertThat(pdf.title()).contains("纳入/撤销台帐");
        assertThat(pdf.blocks().get(0)).isInstanceOfSatisfying(PdfDocument.Grid.class,
                g -> assertThat(g.rows()).hasSize(1));
        assertThatThrownBy(() -> f.service.ledger(new LedgerQuery(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1),
                null, null, null), null, f.clerk)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void monthlyStatisticsCountByTypeNewRemovedExpiredAndInForce() {
        // March: two 失信 and one 限高 listed; one 失信 removed after performance
        RequestView a = f.service.requestListing(new ListingInput(theCase.id(), LI.id(), List.of(
                new Measure(RestrictionType.DISHONEST, Ground.EVADES),
                new Measure(RestrictionType.CONSUMPTION, Ground.LISTED_DISHONEST)), null, null, "规避执行"), f.judge);
        f.approveAll(a.approvalId());
        RequestView b = askDishonest(COMPANY, Ground.VIOLATES_PROPERTY_REPORT, null);
        f.approveAll(b.approvalId());
        long companyId = f.service.ofCase(theCase.id(), f.judge).stream().filter(v -> v.personName().equals(COMPANY.name()))
                .findFirst().orElseThrow().id();
        f.clock.set(LocalDateTime.of(2026, 3, 20, 9, 0));
        f.approvals.decidedAt = Instant.parse("2026-03-20T02:00:00Z");
        RequestView removal = f.service.requestRemoval(new RemovalInput(List.of(companyId), RemovalKind.PERFORMED,
                LocalDate.of(2026, 3, 19), "已履行完毕"), f.judge);
        f.approveAll(removal.approvalId());

        Statistics march = f.service.statistics(YearMonth.of(2026, 3), f.clerk);
        assertThat(march.to()).isEqualTo(LocalDate.of(2026, 3, 20));
        Views.StatisticsRow dishonest = march.rows().get(0);
        assertThat(dishonest.type()).isEqualTo(RestrictionType.DISHONEST);
        assertThat(dishonest.listed()).isEqualTo(2);
        assertThat(dishonest.removed()).isEqualTo(1);
        assertThat(dishonest.removedAfterPerformance()).isEqualTo(1);
        assertThat(dishonest.inForce()).isEqualTo(1);
        assertThat(march.rows().get(1).listed()).isEqualTo(1);
        assertThat(march.rows().get(1).inForce()).isEqualTo(1);
        assertThat(march.total().listed()).isEqualTo(3);
        assertThat(march.total().listedInAll()).isEqualTo(3);

        f.clock.set(LocalDateTime.of(2028, 5, 2, 9, 0));
        Statistics expiry = f.service.statistics(YearMonth.of(2028, 3), f.clerk);
        assertThat(expiry.rows().get(0).expired()).as("counted before the periodic run").isEqualTo(1);
        assertThat(expiry.rows().get(0).inForce()).isZero();
        assertThat(expiry.rows().get(0).listed()).isZero();
        f.service.sweep();
        assertThat(f.service.statistics(YearMonth.of(2028, 3), f.clerk).rows().get(0).expired()).isEqualTo(1);

        f.service.statisticsXlsx(YearMonth.of(2026, 3), f.clerk);
        Sheet sheet = f.documents.sheets.get(0);
        assertThat(sheet.title()).contains("2026年3月");
        assertThat(sheet.rows()).hasSize(3);
        assertThat(sheet.notes()).anyMatch(n -> n.contains("南阳市中级人民法院"));
        assertThatThrownBy(() -> f.service.statistics(YearMonth.of(2028, 6), f.clerk))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("month");
    }

    @Test
    void searchFiltersByStateTypeAndText() {
        f.approveAll(askDishonest(LI, Ground.EVADES, null).approvalId());
        f.approveAll(f.service.requestListing(new ListingInput(theCase.id(), COMPANY.id(), List.of(
                new Measure(RestrictionType.CONSUMPTION, Ground.NOT_PERFORMED_IN_TIME)), null, null, "逾期"), f.judge)
                .approvalId());
        Actor reader = f.leader;
        assertThat(f.service.search(new RestrictionService.Query(null, null, RestrictionType.CONSUMPTION, null), null,
                reader).items()).extracting(RestrictionView::personName).containsExactly(COMPANY.name());
        assertThat(f.service.search(new RestrictionService.Query(null, RestrictionState.IN_FORCE, null, "李"), null,
                reader).total()).isEqualTo(1);
        assertThat(f.service.search(new RestrictionService.Query(null, RestrictionState.ENDED, null, null), null, reader)
                .total()).isZero();
        assertThat(f.service.requests(theCase.id(), RequestState.DONE, null, null, reader).total()).isEqualTo(2);
        f.clock.advance(Duration.ofDays(800));
        assertThat(f.service.search(new RestrictionService.Query(null, RestrictionState.ENDED, null, null), null, reader)
                .total()).isEqualTo(1);
    }
}
