package cn.ecc.api.audit;

import cn.ecc.api.common.PageRequest;
import java.time.Instant;

/**
 * A search of the audit trail; every criterion is optional. Newest first.
 *
 * @param action an action, or an action prefix ending in '.', e.g. {@code case.} or {@code approval.decide}
 * @param from   written at or after
 * @param to     written before
 */
public record AuditQuery(Long caseId, String actor, String action, String subjectType, String subjectId, Instant from,
        Instant to, PageRequest page) {

    public AuditQuery {
        page = page == null ? PageRequest.first() : page;
    }
}
