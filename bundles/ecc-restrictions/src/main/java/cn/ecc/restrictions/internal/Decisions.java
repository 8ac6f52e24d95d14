package cn.ecc.restrictions.internal;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalState;
import cn.ecc.api.approvals.ApprovalStep;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.Decision;
import cn.ecc.api.calendar.DueDate;
import cn.ecc.api.restrictions.RestrictionTopics;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.persistence.Transactions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the approval service's final decisions on this area's requests, and the changes the calendar
 * brings: a grace period over, a term run out. This is the only code that creates or ends a restriction; it
 * runs for the platform ({@link Actor#system()}), never for a person, and only on a decision the approval
 * service reports as final. A decision is carried out once however often it is reported.
 */
final class Decisions {

    private static final Logger LOG = LoggerFactory.getLogger(Decisions.class);

    private final Transactions tx;
    private final ApprovalService approvals;
    private final StaffDirectory staff;
    private final Effects fx;
    private final Terms terms;
    private final Supplier<RestrictionsConfig> config;

    Decisions(Transactions tx, ApprovalService approvals, StaffDirectory staff, Effects fx, Terms terms,
            Supplier<RestrictionsConfig> config) {
        this.tx = tx;
        this.approvals = approvals;
        this.staff = staff;
        this.fx = fx;
        this.terms = terms;
        this.config = config;
    }

    /**
     * Acts on the approval's decision if it is final and belongs to a pending request of this area. The event
     * that triggers it is only a hint: the approval service is asked for the decision itself.
     *
     * @return whether anything changed
     */
    boolean decided(long approvalId) {
        try {
            return tx.required(em -> {
                RequestEntity r = byApproval(em, approvalId);
                if (r == null || r.state != RequestState.PENDING) {
                    return false;
                }
                ApprovalView a = approvals.get(approvalId, Actor.system());
                if (a.state() == ApprovalState.PENDING) {
                    return false;
                }
                r.decidedAt = a.decidedAt() != null ? a.decidedAt() : fx.clock().now();
                r.approvers = Mapping.approvers(a, staff, fx.clock().zone());
                if (a.state() == ApprovalState.REJECTED) {
                    reject(r, a);
                } else {
                    LocalDate decidedOn = LocalDate.ofInstant(r.decidedAt, fx.clock().zone());
                    switch (r.kind) {
                        case LISTING -> list(em, r, a, decidedOn);
                        case EXTENSION -> extend(em, r, a, decidedOn);
                        case REMOVAL -> remove(em, r, a, decidedOn);
                        case TEMPORARY_LIFT -> lift(em, r, a, decidedOn);
                        default -> throw new IllegalStateException("unknown request kind " + r.kind);
                    }
                }
                // the version: of two deliveries of the same decision only the first one commits
                em.flush();
                return true;
            });
        } catch (RuntimeException e) {
            if (Transactions.isOptimisticLockFailure(e)) {
                LOG.debug("Approval {} was carried out concurrently", approvalId);
                return false;
            }
            throw e;
        }
    }

    static RequestEntity byApproval(EntityManager em, long approvalId) {
        return em.createQuery("SELECT r FROM RequestEntity r WHERE r.approvalId = :a", RequestEntity.class)
                .setParameter("a", approvalId).getResultList().stream().findFirst().orElse(null);
    }

    private void reject(RequestEntity r, ApprovalView a) {
        r.state = RequestState.REJECTED;
        String comment = a.steps().stream().filter(s -> s.decision() == Decision.REJECT).map(ApprovalStep::comment)
                .filter(c -> c != null && !c.isBlank()).findFirst().orElse(null);
        r.outcome = comment == null ? "未获批准，未作变更" : Effects.cut("未获批准：" + comment, 1000);
        fx.completeNode(r.caseId, r.performanceNodeId, "删除申请未获批准");
        fx.audit(Actor.system(), "restriction.request.reject", "restriction-request", r.id, r.caseId,
                Map.of("state", RequestState.PENDING), Map.of("state", r.state, "approvalId", a.id(), "approvers",
                        r.approvers));
        fx.post(RestrictionTopics.REFUSED, r.caseId, r.caseNumber, Actor.system(), props(r));
    }

    private static Map<String, Object> props(RequestEntity r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(RestrictionTopics.REQUEST_ID, r.id);
        p.put(RestrictionTopics.APPROVAL_ID, r.approvalId);
        p.put(RestrictionTopics.KIND, r.kind);
        return p;
    }

    private void voided(RequestEntity r, String why) {
        r.state = RequestState.VOID;
        r.outcome = Effects.cut(why, 1000);
        fx.completeNode(r.caseId, r.performanceNodeId, "删除申请批准后未执行：" + why);
        fx.audit(Actor.system(), "restriction.request.void", "restriction-request", r.id, r.caseId,
                Map.of("state", RequestState.PENDING), Map.of("state", r.state, "outcome", r.outcome));
        LOG.info("Approved restriction request {} not carried out: {}", r.id, why);
    }

    private void done(RequestEntity r, List<String> notes, String what) {
        r.state = RequestState.DONE;
        r.outcome = Effects.cut(notes.isEmpty() ? what : what + "；" + String.join("；", notes), 1000);
    }

    // ---------------------------------------------------------------- listing

    private void list(EntityManager em, RequestEntity r, ApprovalView a, LocalDate decidedOn) {
        if (r.birthDate != null && ListingRules.minorOn(r.birthDate, decidedOn)) {
            voided(r, "被执行人在决定纳入之日未满十八周岁，依法不予纳入");
            return;
        }
        List<String> notes = new ArrayList<>();
        List<Long> created = new ArrayList<>();
        LocalDate today = fx.clock().today();
        for (Ground ground : new Ground[] {r.dishonestGround, r.consumptionGround}) {
            if (ground == null) {
                continue;
            }
            String key = RestrictionEntity.activeKey(r.caseId, r.personKey, ground.type(), ground);
            RestrictionEntity existing = active(em, key);
            if (existing != null && Mapping.expiredBy(existing, today)) {
                expire(em, existing);
                em.flush();
                existing = null;
            }
            if (existing != null) {
                notes.add(ground.type().label() + "：已因此情形纳入（编号 " + existing.id + "），未重复纳入");
                continue;
            }
            created.add(create(em, r, a, decidedOn, ground, key, today).id);
        }
        if (created.isEmpty()) {
            voided(r, String.join("；", notes));
            return;
        }
        r.createdIds = Mapping.idText(created);
        done(r, notes, "已纳入（编号 " + r.createdIds + "）");
    }

    private static RestrictionEntity active(EntityManager em, String key) {
        return em.createQuery("SELECT e FROM RestrictionEntity e WHERE e.activeKey = :k", RestrictionEntity.class)
                .setParameter("k", key).getResultList().stream().findFirst().orElse(null);
    }

    private RestrictionEntity create(EntityManager em, RequestEntity r, ApprovalView a, LocalDate decidedOn,
            Ground ground, String key, LocalDate today) {
        int grace = r.graceMonths == null ? 0 : r.graceMonths;
        Integer termMonths = Terms.termMonths(config.get(), ground);
        Terms.Schedule s = terms.schedule(decidedOn, grace, termMonths, 0);
        RestrictionEntity e = new RestrictionEntity();
        e.caseId = r.caseId;
        e.caseNumber = r.caseNumber;
        e.partyId = r.partyId;
        e.personName = r.personName;
        e.personKind = r.personKind;
        e.idMasked = r.idMasked;
        e.personKey = r.personKey;
        e.type = ground.type();
        e.ground = ground;
        e.state = s.effectiveOn().isAfter(today) ? RestrictionState.GRACE : RestrictionState.IN_FORCE;
        e.activeKey = key;
        e.listingRequestId = r.id;
        e.listingApprovalId = a.id();
        e.requestedBy = r.requestedBy;
        e.listingApprovers = r.approvers;
        e.decidedOn = decidedOn;
        e.graceMonths = grace;
        e.graceUntil = s.graceUntil();
        e.effectiveOn = s.effectiveOn();
        e.termMonths = termMonths;
        e.endsOn = s.endsOn();
        e.endsProvisional = s.provisional();
        e.createdAt = fx.clock().now();
        e.updatedAt = e.createdAt;
        em.persist(e);
        em.flush();
        e.expiryNodeId = fx.openExpiryNode(e);
        String detail = grace > 0 ? "宽限期" + grace + "个月，至" + s.graceUntil() + "，" + s.effectiveOn() + "起生效" : null;
        fx.ledger(em, e, LedgerAction.LISTED, decidedOn, r.reason, a.id(), Mapping.name(staff, r.requestedBy),
                r.approvers, detail);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("type", e.type);
        after.put("ground", e.ground);
        after.put("person", e.personName);
        after.put("idNumber", e.idMasked);
        after.put("state", e.state);
        after.put("effectiveOn", e.effectiveOn);
        after.put("graceUntil", e.graceUntil);
        after.put("endsOn", e.endsOn);
        after.put("requestId", r.id);
        after.put("approvalId", a.id());
        after.put("approvers", r.approvers);
        fx.audit(Actor.system(), "restriction.list", "restriction", e.id, e.caseId, Map.of(), after);
        fx.post(RestrictionTopics.LISTED, e, Actor.system(), r.id, a.id());
        return e;
    }

    // ---------------------------------------------------------------- extension

    private void extend(EntityManager em, RequestEntity r, ApprovalView a, LocalDate decidedOn) {
        RestrictionEntity e = em.find(RestrictionEntity.class, Mapping.ids(r.restrictionIds).get(0));
        LocalDate today = fx.clock().today();
        if (e == null || Mapping.effectiveState(e, today) == RestrictionState.ENDED || e.termMonths == null) {
            voided(r, "限制措施已结束或无固定期限，未延长");
            return;
        }
        int months = r.extensionYears * 12;
        if (e.extensionMonths + months > Terms.MAX_EXTENSION_YEARS * 12) {
            voided(r, "累计延长将超过" + Terms.MAX_EXTENSION_YEARS + "年，未延长");
            return;
        }
        Map<String, Object> before = Map.of("extensionMonths", e.extensionMonths, "endsOn", e.endsOn);
        e.extensionMonths += months;
        DueDate end = terms.end(e.effectiveOn, e.termMonths + e.extensionMonths);
        e.endsOn = end.dueDate();
        e.endsProvisional = !end.warnings().isEmpty();
        e.updatedAt = fx.clock().now();
        fx.completeNode(e.caseId, e.expiryNodeId, "期限经批准延长至" + e.endsOn);
        e.expiryNodeId = fx.openExpiryNode(e);
        fx.ledger(em, e, LedgerAction.EXTENDED, decidedOn, r.reason, a.id(), Mapping.name(staff, r.requestedBy),
                r.approvers, "延长" + r.extensionYears + "年，期限至" + e.endsOn);
        fx.audit(Actor.system(), "restriction.extend", "restriction", e.id, e.caseId, before, Map.of("extensionMonths",
                e.extensionMonths, "endsOn", e.endsOn, "approvalId", a.id(), "approvers", r.approvers));
        fx.post(RestrictionTopics.EXTENDED, e, Actor.system(), r.id, a.id());
        done(r, List.of(), "期限已延长至" + e.endsOn);
    }

    // ---------------------------------------------------------------- removal

    private void remove(EntityManager em, RequestEntity r, ApprovalView a, LocalDate decidedOn) {
        List<String> notes = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        LocalDate today = fx.clock().today();
        for (Long id : Mapping.ids(r.restrictionIds)) {
            RestrictionEntity e = em.find(RestrictionEntity.class, id);
            if (e == null || e.state == RestrictionState.ENDED) {
                notes.add("编号 " + id + " 已结束");
                continue;
            }
            if (Mapping.expiredBy(e, today)) {
                expire(em, e);
                notes.add("编号 " + id + " 已期满删除");
                continue;
            }
            Map<String, Object> before = Map.of("state", e.state);
            e.state = RestrictionState.ENDED;
            e.activeKey = null;
            e.endedOn = decidedOn;
            e.endKind = r.removalKind;
            e.endReason = r.reason;
            e.removalRequestId = r.id;
            e.removalApprovalId = a.id();
            e.removalRequestedBy = r.requestedBy;
            e.removalApprovers = r.approvers;
            e.performedOn = r.performedOn;
            e.updatedAt = fx.clock().now();
            fx.completeNode(e.caseId, e.expiryNodeId, e.endKind.label());
            e.expiryNodeId = null;
            fx.ledger(em, e, LedgerAction.REMOVED, decidedOn, r.reason, a.id(), Mapping.name(staff, r.requestedBy),
                    r.approvers, r.performedOn == null ? null : "履行完毕日期：" + r.performedOn);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("state", e.state);
            after.put("endKind", e.endKind);
            after.put("endedOn", e.endedOn);
            after.put("reason", e.endReason);
            after.put("approvalId", a.id());
            after.put("approvers", r.approvers);
            fx.audit(Actor.system(), "restriction.remove", "restriction", e.id, e.caseId, before, after);
            fx.post(RestrictionTopics.REMOVED, e, Actor.system(), r.id, a.id());
            removed.add(e.id);
        }
        if (removed.isEmpty()) {
            voided(r, String.join("；", notes));
            return;
        }
        fx.completeNode(r.caseId, r.performanceNodeId, "已" + r.removalKind.label());
        done(r, notes, r.removalKind.label() + "（编号 " + Mapping.idText(removed) + "）");
    }

    // ---------------------------------------------------------------- temporary lifting

    private void lift(EntityManager em, RequestEntity r, ApprovalView a, LocalDate decidedOn) {
        RestrictionEntity e = em.find(RestrictionEntity.class, Mapping.ids(r.restrictionIds).get(0));
        LocalDate today = fx.clock().today();
        if (e == null || Mapping.effectiveState(e, today) == RestrictionState.ENDED) {
            voided(r, "限制措施已结束，无须暂时解除");
            return;
        }
        // a lifting cannot reach back before its approval
        LocalDate from = r.liftFrom.isBefore(decidedOn) ? decidedOn : r.liftFrom;
        if (r.liftTo.isBefore(from)) {
            voided(r, "批准时申请的暂时解除期间（至" + r.liftTo + "）已过");
            return;
        }
        TemporaryLiftEntity l = new TemporaryLiftEntity();
        l.restrictionId = e.id;
        l.requestId = r.id;
        l.approvalId = a.id();
        l.from = from;
        l.to = r.liftTo;
        l.reason = r.reason;
        l.approvers = r.approvers;
        l.recordedAt = fx.clock().now();
        em.persist(l);
        String period = from + " 至 " + r.liftTo;
        fx.ledger(em, e, LedgerAction.TEMPORARILY_LIFTED, decidedOn, r.reason, a.id(), Mapping.name(staff,
                r.requestedBy), r.approvers, "暂时解除 " + period);
        fx.audit(Actor.system(), "restriction.lift", "restriction", e.id, e.caseId, Map.of(), Map.of("from", from,
                "to", r.liftTo, "reason", r.reason, "approvalId", a.id(), "approvers", r.approvers));
        fx.post(RestrictionTopics.TEMPORARILY_LIFTED, e, Actor.system(), r.id, a.id());
        done(r, List.of(), "暂时解除 " + period);
    }

    // ---------------------------------------------------------------- the calendar's changes

    /** A grace period is over: the restriction is in force. */
    void enterIntoForce(EntityManager em, RestrictionEntity e) {
        e.state = RestrictionState.IN_FORCE;
        e.updatedAt = fx.clock().now();
        fx.audit(Actor.system(), "restriction.in-force", "restriction", e.id, e.caseId, Map.of("state",
                RestrictionState.GRACE), Map.of("state", e.state, "effectiveOn", e.effectiveOn));
        fx.post(RestrictionTopics.IN_FORCE, e, Actor.system(), null, null);
    }

    /** The term ran out: the restriction ends on its own (期满删除) the day after its last day. */
    void expire(EntityManager em, RestrictionEntity e) {
        Map<String, Object> before = Map.of("state", e.state);
        e.state = RestrictionState.ENDED;
        e.activeKey = null;
        e.endedOn = e.endsOn.plusDays(1);
        e.endKind = RemovalKind.EXPIRED;
        e.endReason = "期限届满（" + Mapping.termText(e.termMonths, e.extensionMonths, e.endsOn) + "）";
        e.updatedAt = fx.clock().now();
        fx.completeNode(e.caseId, e.expiryNodeId, "期满自动删除");
        e.expiryNodeId = null;
        fx.ledger(em, e, LedgerAction.EXPIRED, e.endedOn, e.endReason, null, null, null, null);
        fx.audit(Actor.system(), "restriction.expire", "restriction", e.id, e.caseId, before, Map.of("state", e.state,
                "endKind", e.endKind, "endedOn", e.endedOn));
        fx.post(RestrictionTopics.EXPIRED, e, Actor.system(), null, null);
    }

    /** The year the end falls in became known: the end follows the official arrangement now. */
    void recomputeEnd(EntityManager em, RestrictionEntity e) {
        DueDate end = terms.end(e.effectiveOn, e.termMonths + e.extensionMonths);
        e.endsProvisional = !end.warnings().isEmpty();
        if (end.dueDate().equals(e.endsOn)) {
            return;
        }
        LocalDate before = e.endsOn;
        e.endsOn = end.dueDate();
        e.updatedAt = fx.clock().now();
        fx.completeNode(e.caseId, e.expiryNodeId, "按节假日安排更正期满日期为" + e.endsOn);
        e.expiryNodeId = fx.openExpiryNode(e);
        fx.audit(Actor.system(), "restriction.term.recompute", "restriction", e.id, e.caseId, Map.of("endsOn", before),
                Map.of("endsOn", e.endsOn));
    }
}
