package cn.ecc.core.internal.nodes;

import static cn.ecc.core.internal.nodes.Engine.CLERK;
import static cn.ecc.core.internal.nodes.Engine.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalState;
import cn.ecc.api.approvals.ApprovalType;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.Decision;
import cn.ecc.api.approvals.NewApproval;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.nodes.CaseTerm;
import cn.ecc.api.nodes.NodeQuery;
import cn.ecc.api.nodes.NodeState;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.nodes.TermEvent;
import cn.ecc.api.nodes.TermPauseReason;
import cn.ecc.api.security.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

class CaseTermTest {

    private final Engine e = new Engine(LocalDateTime.of(2026, 3, 2, 9, 0));
    private final Actor approvalService = Actor.system();

    @AfterEach
    void tearDown() {
        e.close();
    }

    private NodeView termNode(long caseId) {
        return e.nodes.nodesOf(caseId, CLERK).stream().filter(n -> n.type().equals(NodeTypes.CASE_TERM)).findFirst()
                .orElseThrow();
    }

    @Test
    void theTermIsSixMonthsThreeForNonLitigationCases() {
        CaseTerm term = e.nodes.term(e.file().id(), CLERK);
        assertThat(term.months()).isEqualTo(6);
        assertThat(term.startedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(term.dueOn()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(term.paused()).isFalse();

        CaseDetail nonLitigation = e.file(null, true);
        CaseTerm three = e.nodes.term(nonLitigation.id(), CLERK);
        assertThat(three.months()).isEqualTo(3);
        assertThat(three.dueOn()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(termNode(nonLitigation.id()).dueAt()).isEqualTo(endOf(2026, 6, 2));
        assertThat(termNode(nonLitigation.id()).label()).isEqualTo("审限（非诉执行）");
    }

    @Test
    void aPauseStopsTheTermAndItsLostDaysAreAddedBack() {
        long id = e.file().id();
        e.at(2026, 4, 10, 15, 0);
        CaseTerm paused = e.nodes.suspend(id, TermPauseReason.AUCTION, CLERK);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.dueOn()).isNull();
        assertThat(paused.pauseReason()).isEqualTo(TermPauseReason.AUCTION);
        assertThat(termNode(id).dueAt()).isNull();

        // long past the original end, the paused term is not overdue
        e.at(2026, 9, 10, 9, 0);
        assertThat(termNode(id).state()).isEqualTo(NodeState.OPEN);
        assertThat(e.nodes.search(new NodeQuery(NodeState.OVERDUE, null, NodeTypes.CASE_TERM, id, null, null),
                CLERK).total()).isZero();
        assertThatThrownBy(() -> e.nodes.suspend(id, TermPauseReason.SUSPENSION, CLERK))
                .isInstanceOf(ConflictException.class).hasMessageContaining("拍卖");

        // 2026-04-10 to 2026-09-10: 153 days lost; 2026-09-02 + 153 = 2027-02-02
        e.at(2026, 9, 10, 9, 0);
        CaseTerm resumed = e.nodes.resume(id, CLERK);
        assertThat(resumed.pausedDays()).isEqualTo(153);
        assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2027, 2, 2));
        assertThat(termNode(id).dueAt()).isEqualTo(endOf(2027, 2, 2));
        assertThat(termNode(id).state()).isEqualTo(NodeState.OPEN);
        assertThat(resumed.history()).extracting(TermEvent::kind).containsExactly(TermEvent.PAUSE, TermEvent.RESUME);
        assertThat(resumed.history().get(1).days()).isEqualTo(153);
        assertThatThrownBy(() -> e.nodes.resume(id, CLERK)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aTermThatComesToEndOnAHolidayEndsOnTheNextWorkingDay() {
        long id = e.file().id();
        e.at(2026, 3, 10, 9, 0);
        e.nodes.suspend(id, TermPauseReason.APPRAISAL, CLERK);
        e.at(2026, 4, 8, 9, 0);
        // 29 days: 2026-09-02 + 29 = 2026-10-01 (国庆), so 2026-10-08
        assertThat(e.nodes.resume(id, CLERK).dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void aPauseAndResumeOnTheSameDayLosesNothing() {
        long id = e.file().id();
        e.at(2026, 3, 10, 9, 0);
        e.nodes.suspend(id, TermPauseReason.ANNOUNCEMENT, CLERK);
        e.at(2026, 3, 10, 17, 0);
        assertThat(e.nodes.resume(id, CLERK).dueOn()).isEqualTo(LocalDate.of(2026, 9, 2));
    }

    @Test
    void anApprovedExtensionExtendsOnce() {
        long id = e.file().id();
        // 2026-09-02 + 30 = 2026-10-02, in 国庆: 2026-10-08
        CaseTerm extended = e.nodes.extend(id, 30, 77, approvalService);
        assertThat(extended.extensionDays()).isEqualTo(30);
        assertThat(extended.dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(termNode(id).dueAt()).isEqualTo(endOf(2026, 10, 8));

        // the same approval again (e.g. its event delivered twice) changes nothing
        assertThat(e.nodes.extend(id, 30, 77, approvalService)).isEqualTo(extended);
        long other = e.file().id();
        assertThatThrownBy(() -> e.nodes.extend(other, 30, 77, approvalService))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> e.nodes.extend(id, 0, 78, approvalService)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> e.nodes.extend(id, 400, 78, approvalService))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> e.nodes.extend(id, 10, 78, CLERK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> e.nodes.extend(999, 10, 78, approvalService)).isInstanceOf(NotFoundException.class);

        // an extension granted while paused counts once the term runs again
        e.at(2026, 4, 1, 9, 0);
        e.nodes.suspend(id, TermPauseReason.SUSPENSION, CLERK);
        assertThat(e.nodes.extend(id, 10, 79, approvalService).dueOn()).isNull();
        e.at(2026, 4, 11, 9, 0);
        // 2026-09-02 + 30 + 10 (extensions) + 10 (paused) = 2026-10-22
        assertThat(e.nodes.resume(id, CLERK).dueOn()).isEqualTo(LocalDate.of(2026, 10, 22));
    }

    @Test
    void whereTheApprovalServiceIsInstalledTheExtensionMustBeItsApprovedDecision() {
        long id = e.file().id();
        Map<Long, ApprovalView> approvals = new HashMap<>();
        approvals.put(1L, approval(1, ApprovalType.TERM_EXTENSION, ApprovalState.APPROVED, id, "30"));
        approvals.put(2L, approval(2, ApprovalType.TERM_EXTENSION, ApprovalState.PENDING, id, "30"));
        approvals.put(3L, approval(3, ApprovalType.HANDLER_CHANGE, ApprovalState.APPROVED, id, null));
        approvals.put(4L, approval(4, ApprovalType.TERM_EXTENSION, ApprovalState.APPROVED, id + 1, "30"));
        ApprovalService installed = new Approvals(approvals);
        e.nodes.approvals = new ComponentServiceObjects<>() {
            @Override
            public ApprovalService getService() {
                return installed;
            }

            @Override
            public void ungetService(ApprovalService service) {
                // nothing held
            }

            @Override
            public ServiceReference<ApprovalService> getServiceReference() {
                return null;
            }
        };

        assertThat(e.nodes.extend(id, 30, 1, approvalService).extensionDays()).isEqualTo(30);
        assertThatThrownBy(() -> e.nodes.extend(id, 30, 2, approvalService)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("审批中");
        assertThatThrownBy(() -> e.nodes.extend(id, 30, 3, approvalService)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> e.nodes.extend(id, 30, 4, approvalService)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> e.nodes.extend(id, 60, 1, approvalService)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("30");
        assertThatThrownBy(() -> e.nodes.extend(id, 30, 5, approvalService)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("不存在");
        assertThat(e.nodes.term(id, CLERK).extensionDays()).isEqualTo(30);
    }

    private static ApprovalView approval(long id, ApprovalType type, ApprovalState state, long caseId, String days) {
        return new ApprovalView(id, type, caseId, "(2026)豫1330执1号", "dengwd", "财产处置未完成",
                days == null ? Map.of() : Map.of("days", days), state, List.of(), -1, Instant.now(), Instant.now(), 1);
    }

    /** Approvals as the security area's service would answer them. */
    private record Approvals(Map<Long, ApprovalView> byId) implements ApprovalService {

        @Override
        public ApprovalView get(long approvalId, Actor actor) {
            ApprovalView a = byId.get(approvalId);
            if (a == null) {
                throw new NotFoundException("no approval " + approvalId);
            }
            return a;
        }

        @Override
        public ApprovalView request(NewApproval request, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ApprovalView decide(long approvalId, Decision decision, String comment, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<ApprovalView> search(ApprovalState state, ApprovalType type, Long caseId, boolean pendingForMe,
                PageRequest page, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] form(long approvalId, Actor actor) {
            throw new UnsupportedOperationException();
        }
    }
}
