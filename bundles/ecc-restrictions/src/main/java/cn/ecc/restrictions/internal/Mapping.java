package cn.ecc.restrictions.internal;

import cn.ecc.api.approvals.ApprovalStep;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.Decision;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.restrictions.internal.Views.LedgerLine;
import cn.ecc.restrictions.internal.Views.LiftView;
import cn.ecc.restrictions.internal.Views.RequestView;
import cn.ecc.restrictions.internal.Views.RestrictionView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Entities to views, and the texts the ledger and the views share. */
final class Mapping {

    private Mapping() {
    }

    /**
     * Where a restriction stands today. The dates decide, not only the stored state: between two runs of the
     * periodic work a restriction whose term ran out is already shown as ended, and one whose grace period is
     * over as in force.
     */
    static RestrictionState effectiveState(RestrictionEntity e, LocalDate today) {
        if (e.state == RestrictionState.ENDED || expiredBy(e, today)) {
            return RestrictionState.ENDED;
        }
        return e.effectiveOn.isAfter(today) ? RestrictionState.GRACE : RestrictionState.IN_FORCE;
    }

    /** Whether the term ran out before {@code today} (the restriction not ended otherwise). */
    static boolean expiredBy(RestrictionEntity e, LocalDate today) {
        return e.state != RestrictionState.ENDED && e.endsOn != null && e.endsOn.isBefore(today);
    }

    static String termText(Integer termMonths, int extensionMonths, LocalDate endsOn) {
        if (termMonths == null) {
            return "无固定期限";
        }
        StringBuilder sb = new StringBuilder(months(termMonths));
        if (extensionMonths > 0) {
            sb.append("（延长").append(months(extensionMonths)).append("）");
        }
        if (endsOn != null) {
            sb.append("，至").append(endsOn);
        }
        return sb.toString();
    }

    static String months(int months) {
        return months % 12 == 0 ? months / 12 + "年" : months + "个月";
    }

    static RestrictionView view(RestrictionEntity e, LocalDate today, List<TemporaryLiftEntity> lifts) {
        RestrictionState state = effectiveState(e, today);
        RemovalKind endKind = e.endKind != null ? e.endKind : state == RestrictionState.ENDED ? RemovalKind.EXPIRED
                : null;
        LocalDate endedOn = e.endedOn != null ? e.endedOn : state == RestrictionState.ENDED ? e.endsOn.plusDays(1) : null;
        boolean lifted = state != RestrictionState.ENDED && lifts.stream()
                .anyMatch(l -> !today.isBefore(l.from) && !today.isAfter(l.to));
        return new RestrictionView(e.id, e.caseId, e.caseNumber, e.partyId, e.personName, e.personKind, e.idMasked, e.type,
                e.type.label(), e.ground, e.ground.label(), e.ground.basis(), state, state.label(), lifted, e.decidedOn,
                e.graceMonths, e.graceUntil, e.effectiveOn, e.termMonths, e.extensionMonths, e.endsOn, e.endsProvisional,
                termText(e.termMonths, e.extensionMonths, e.endsOn), endedOn, endKind,
                endKind == null ? null : endKind.label(), e.endReason, e.requestedBy, e.listingApprovalId,
                e.listingApprovers, e.removalApprovalId, e.removalApprovers, e.performedOn,
                lifts.stream().map(l -> new LiftView(l.from, l.to, l.reason, l.approvalId, l.approvers)).toList(),
                e.version);
    }

    static RequestView view(RequestEntity r) {
        return new RequestView(r.id, r.kind, r.kind.label(), r.state, r.state.label(), r.caseId, r.caseNumber,
                r.approvalId, r.requestedBy, r.requestedAt, r.summary, r.reason,
                ids(r.kind == RequestKind.LISTING ? r.createdIds : r.restrictionIds), r.removalKind, r.performedOn,
                r.deleteBy, r.liftFrom, r.liftTo, r.extensionYears, r.decidedAt, r.approvers, r.outcome);
    }

    static LedgerLine line(LedgerEntryEntity l) {
        return new LedgerLine(l.id, l.date, l.action, actionLabel(l), l.restrictionId, l.caseId, l.caseNumber,
                l.personName, l.personKind, l.idMasked, l.type, l.type.label(), l.ground, l.ground.label(), l.removalKind,
                l.effectiveOn, l.endsOn, l.graceUntil, l.detail, l.reason, l.approvalId, l.requestedBy, l.approvers,
                l.recordedAt);
    }

    /** 纳入, 延长期限, 暂时解除, or the removal's own kind (撤销、删除、屏蔽、解除限制消费、履行完毕删除), 期满删除. */
    static String actionLabel(LedgerEntryEntity l) {
        return l.action == LedgerAction.REMOVED && l.removalKind != null ? l.removalKind.label() : l.action.label();
    }

    static List<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    static String idText(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Who decided, as the paper form has it: "分管院领导 郑华 2026-03-02 同意；指挥中心主任 冯军 2026-03-03 同意".
     */
    static String approvers(ApprovalView a, StaffDirectory staff, ZoneId zone) {
        String text = a.steps().stream().filter(s -> s.decider() != null).map(s -> step(s, staff, zone))
                .collect(Collectors.joining("；"));
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static String step(ApprovalStep s, StaffDirectory staff, ZoneId zone) {
        String role = Arrays.stream(s.role().split("\\|")).map(Roles::label).collect(Collectors.joining("或"));
        String name = staff.find(s.decider()).map(StaffMember::name).orElse(s.decider());
        String day = s.decidedAt() == null ? "" : " " + LocalDate.ofInstant(s.decidedAt(), zone);
        return role + " " + name + day + " " + (s.decision() == Decision.REJECT ? "不同意" : "同意");
    }

    /** The name people read for a username. */
    static String name(StaffDirectory staff, String username) {
        return staff.find(username).map(StaffMember::name).orElse(username);
    }
}
