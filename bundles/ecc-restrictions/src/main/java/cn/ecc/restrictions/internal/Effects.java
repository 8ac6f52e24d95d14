package cn.ecc.restrictions.internal;

import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.events.EccTopics;
import cn.ecc.api.nodes.NewNode;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.restrictions.RestrictionTopics;
import cn.ecc.api.security.Actor;
import cn.ecc.api.time.EccClock;
import cn.ecc.persistence.AfterCommit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.persistence.EntityManager;
import org.osgi.service.event.Event;

/**
 * What every change of this area writes besides itself, inside its transaction: the ledger line, the audit
 * record, the case nodes, and the event posted after commit.
 */
final class Effects {

    private final AuditTrail audit;
    private final AfterCommit events;
    private final NodeService nodes;
    private final EccClock clock;

    Effects(AuditTrail audit, AfterCommit events, NodeService nodes, EccClock clock) {
        this.audit = audit;
        this.events = events;
        this.nodes = nodes;
        this.clock = clock;
    }

    EccClock clock() {
        return clock;
    }

    /** Appends a line to the 纳入/撤销台帐, as the restriction stands now. */
    LedgerEntryEntity ledger(EntityManager em, RestrictionEntity e, LedgerAction action, LocalDate date, String reason,
            Long approvalId, String requestedBy, String approvers, String detail) {
        LedgerEntryEntity l = new LedgerEntryEntity();
        l.date = date;
        l.action = action;
        l.restrictionId = e.id;
        l.caseId = e.caseId;
        l.caseNumber = e.caseNumber;
        l.personName = e.personName;
        l.personKind = e.personKind;
        l.idMasked = e.idMasked;
        l.type = e.type;
        l.ground = e.ground;
        l.removalKind = action == LedgerAction.REMOVED || action == LedgerAction.EXPIRED ? e.endKind : null;
        l.effectiveOn = e.effectiveOn;
        l.endsOn = e.endsOn;
        l.graceUntil = e.graceUntil;
        l.detail = detail;
        l.reason = cut(reason, 1000);
        l.approvalId = approvalId;
        l.requestedBy = requestedBy;
        l.approvers = approvers;
        l.recordedAt = clock.now();
        em.persist(l);
        return l;
    }

    /** Records a change; values that are null are left out, dates written as ISO text. */
    void audit(Actor actor, String action, String subjectType, Object subjectId, long caseId, Map<String, ?> before,
            Map<String, ?> after) {
        audit.record(new AuditEntry(actor.username(), action, subjectType, String.valueOf(subjectId), caseId,
                clean(before), clean(after)));
    }

    private static Map<String, Object> clean(Map<String, ?> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                if (v != null) {
                    m.put(k, v instanceof Number || v instanceof Boolean || v instanceof String ? v : v.toString());
                }
            });
        }
        return m;
    }

    /** Posts the area's event after commit; properties carry ids and kinds, never personal data. */
    void post(String topic, long caseId, String caseNumber, Actor actor, Map<String, ?> properties) {
        Map<String, Object> p = new HashMap<>();
        p.put(EccTopics.CASE_ID, caseId);
        p.put(EccTopics.CASE_NUMBER, caseNumber);
        p.put(EccTopics.ACTOR, actor.username());
        properties.forEach((k, v) -> {
            if (v != null) {
                p.put(k, v instanceof Enum<?> en ? en.name() : v);
            }
        });
        events.post(new Event(topic, p));
    }

    void post(String topic, RestrictionEntity e, Actor actor, Long requestId, Long approvalId) {
        Map<String, Object> p = new HashMap<>();
        p.put(RestrictionTopics.RESTRICTION_ID, e.id);
        p.put(RestrictionTopics.TYPE, e.type);
        if (requestId != null) {
            p.put(RestrictionTopics.REQUEST_ID, requestId);
        }
        if (approvalId != null) {
            p.put(RestrictionTopics.APPROVAL_ID, approvalId);
        }
        if (e.endKind != null) {
            p.put(RestrictionTopics.KIND, e.endKind);
        }
        post(topic, e.caseId, e.caseNumber, actor, p);
    }

    /**
     * Opens the case node that warns before the term runs out (the deadline engine warns by its rule, 15 days
     * before by default), due at the end of the term's last day. The platform opens it, not the requester.
     */
    Long openExpiryNode(RestrictionEntity e) {
        if (e.endsOn == null) {
            return null;
        }
        NodeView n = nodes.open(new NewNode(e.caseId, NodeTypes.RESTRICTION_EXPIRY, e.type.label() + "期满："
                + e.personName, e.effectiveOn.atStartOfDay(), e.endsOn.atTime(LocalTime.of(23, 59, 59)), null),
                Actor.system());
        return n.id();
    }

    /** Opens the node "delete within 3 working days of performance" (the rule's length), from that day. */
    NodeView openPerformanceNode(long caseId, LocalDate performedOn) {
        return nodes.open(new NewNode(caseId, NodeTypes.RESTRICTION_DELETE_AFTER_PERFORMANCE, null,
                performedOn.atStartOfDay(), null, null), Actor.system());
    }

    void completeNode(long caseId, Long nodeId, String note) {
        if (nodeId != null) {
            nodes.complete(caseId, nodeId, note, Actor.system());
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
