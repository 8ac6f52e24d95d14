package cn.ecc.core.internal.cases;

import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.events.EccTopics;
import cn.ecc.api.security.Actor;
import cn.ecc.core.internal.nodes.CaseNodeHooks;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.persistence.EntityManager;
import org.osgi.service.event.Event;

/**
 * The one way a case's handler changes after its first assignment: inside the transaction of the final
 * approval of a handler change, so that the approval and the change commit together.
 */
public final class CaseHandlers {

    private CaseHandlers() {
    }

    /** What the change did, for the event that the caller posts after commit. */
    public record Change(long caseId, String caseNumber, String previous, String handler) {

        public Event event(String actor, long approvalId) {
            Map<String, Object> p = new HashMap<>();
            p.put(EccTopics.CASE_ID, caseId);
            p.put(EccTopics.CASE_NUMBER, caseNumber);
            p.put(EccTopics.ACTOR, actor);
            p.put(EccTopics.HANDLER, handler);
            if (previous != null) {
                p.put(EccTopics.PREVIOUS_HANDLER, previous);
            }
            p.put(EccTopics.APPROVAL_ID, approvalId);
            return new Event(EccTopics.CASE_HANDLER_CHANGED, p);
        }
    }

    /** The case's number, for an approval that refers to it. */
    public static String number(EntityManager em, long caseId) {
        return find(em, caseId).getNumber();
    }

    /** The case's current handler, or null before its first assignment. */
    public static String handler(EntityManager em, long caseId) {
        return find(em, caseId).getHandler();
    }

    public static boolean isClosed(EntityManager em, long caseId) {
        return find(em, caseId).getStatus() == CaseStatus.CLOSED;
    }

    /** Sets the new handler and audits it; call it last in the transaction but for the approval's own record. */
    public static Change change(EntityManager em, long caseId, String newHandler, long approvalId, Actor actor,
            Instant now, CaseNodeHooks nodes, AuditTrail audit) {
        CaseEntity c = find(em, caseId);
        if (c.getStatus() == CaseStatus.CLOSED) {
            throw new ConflictException("案件已结案，不能变更承办人");
        }
        String previous = c.getHandler();
        c.setHandler(newHandler);
        if (c.getStatus() == CaseStatus.REGISTERED) {
            c.setStatus(CaseStatus.ACTIVE);
        }
        c.setUpdatedAt(now);
        em.flush();
        // the open nodes follow the handler, before the audit record takes the chain's lock
        nodes.handlerChanged(caseId, previous, newHandler, actor);
        Map<String, Object> before = new HashMap<>();
        before.put("handler", previous);
        audit.record(new AuditEntry(actor.username(), "case.handler.change", "case", c.getId().toString(), c.getId(), before,
                Map.of("handler", newHandler, "approvalId", approvalId)));
        return new Change(c.getId(), c.getNumber(), previous, newHandler);
    }

    private static CaseEntity find(EntityManager em, long caseId) {
        CaseEntity c = em.find(CaseEntity.class, caseId);
        if (c == null) {
            throw new NotFoundException("案件不存在（编号 " + caseId + "）");
        }
        return c;
    }
}
