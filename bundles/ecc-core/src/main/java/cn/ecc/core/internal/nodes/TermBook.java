package cn.ecc.core.internal.nodes;

import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.nodes.CaseTerm;
import cn.ecc.api.nodes.NodeRule;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.nodes.TermEvent;
import cn.ecc.api.nodes.TermPauseReason;
import cn.ecc.core.internal.cases.CaseEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import javax.persistence.EntityManager;

/**
 * The arithmetic of the case term: {@code baseEnd} (filing date plus the rule's months) plus the days lost to
 * finished pauses plus the days of approved extensions, moved off a rest day; no deadline while paused.
 */
final class TermBook {

    private final NodeBook nodes;

    TermBook(NodeBook nodes) {
        this.nodes = nodes;
    }

    /**
     * Starts the term of a newly filed case, with its case-term node; {@code write} persists the node (the caller
     * writes the filing's nodes together and knows which are not written yet).
     */
    CaseTermEntity start(EntityManager em, CaseEntity c, String actor, LocalDateTime now, Consumer<NodeEntity> write) {
        NodeRule rule = nodes.rules().require(c.isNonLitigation() ? NodeRule.CASE_TERM_NON_LITIGATION
                : NodeTypes.CASE_TERM);
        CaseTermEntity t = new CaseTermEntity();
        t.caseId = c.getId();
        t.caseNumber = c.getNumber();
        t.startedOn = c.getFiledOn();
        t.months = rule.unit() == DeadlineUnit.MONTHS ? rule.length() : 6;
        t.baseEnd = t.startedOn.plusMonths(t.months);
        NodeEntity node = nodes.build(c, NodeTypes.CASE_TERM, rule.label(), t.startedOn.atStartOfDay(), dueAt(t), null,
                actor, now);
        // the rule of a non-litigation term warns differently from the node type's own rule
        node.warnAt = nodes.warnAt(node.startedAt, node.dueAt, rule.warnBefore(), rule.warnUnit());
        write.accept(node);
        // the term row names its node
        em.flush();
        t.nodeId = node.id;
        em.persist(t);
        return t;
    }

    /** The term's last day as it stands (the caller knows it is running). */
    LocalDate dueOn(CaseTermEntity t) {
        LocalDate raw = t.baseEnd.plusDays((long) t.pausedDays + t.extensionDays);
        return nodes.calendar().due(raw, 0, DeadlineUnit.CALENDAR_DAYS).dueDate();
    }

    private LocalDateTime dueAt(CaseTermEntity t) {
        return NodeBook.endOf(dueOn(t));
    }

    void pause(EntityManager em, CaseTermEntity t, TermPauseReason reason, String actor, LocalDateTime now) {
        t.pausedSince = now;
        t.pauseReason = reason;
        node(em, t).reschedule(null, null);
        event(em, t, TermEvent.PAUSE, reason, 0, null, actor, now);
    }

    /** Ends the pause; the whole days it lasted are added to the term. */
    int resume(EntityManager em, CaseTermEntity t, String actor, LocalDateTime now) {
        int lost = (int) Math.max(0, ChronoUnit.DAYS.between(t.pausedSince.toLocalDate(), now.toLocalDate()));
        TermPauseReason reason = t.pauseReason;
        t.pausedDays += lost;
        t.pausedSince = null;
        t.pauseReason = null;
        reschedule(em, t);
        event(em, t, TermEvent.RESUME, reason, lost, null, actor, now);
        return lost;
    }

    void extend(EntityManager em, CaseTermEntity t, int days, long approvalId, String actor, LocalDateTime now) {
        t.extensionDays += days;
        if (t.pausedSince == null) {
            reschedule(em, t);
        }
        event(em, t, TermEvent.EXTEND, null, days, approvalId, actor, now);
    }

    private void reschedule(EntityManager em, CaseTermEntity t) {
        NodeEntity node = node(em, t);
        NodeRule rule = nodes.rules().require(NodeTypes.CASE_TERM);
        LocalDateTime due = dueAt(t);
        node.reschedule(due, nodes.warnAt(node.startedAt, due, rule.warnBefore(), rule.warnUnit()));
    }

    private static NodeEntity node(EntityManager em, CaseTermEntity t) {
        return em.find(NodeEntity.class, t.nodeId);
    }

    private static void event(EntityManager em, CaseTermEntity t, String kind, TermPauseReason reason, int days,
            Long approvalId, String actor, LocalDateTime now) {
        TermEventEntity e = new TermEventEntity();
        e.caseId = t.caseId;
        e.kind = kind;
        e.reason = reason;
        e.days = days;
        e.approvalId = approvalId;
        e.at = now;
        e.actor = actor;
        em.persist(e);
    }

    CaseTerm view(EntityManager em, CaseTermEntity t) {
        var history = em.createQuery("SELECT e FROM TermEventEntity e WHERE e.caseId = :c ORDER BY e.id",
                TermEventEntity.class).setParameter("c", t.caseId).getResultList().stream()
                .map(e -> new TermEvent(e.kind, e.reason, e.days, e.approvalId, e.at, e.actor)).toList();
        return new CaseTerm(t.caseId, t.caseNumber, t.startedOn, t.months, t.baseEnd, t.pausedDays,
                t.extensionDays, t.pausedSince == null ? dueOn(t) : null, t.pausedSince, t.pauseReason, t.nodeId,
                history);
    }
}
