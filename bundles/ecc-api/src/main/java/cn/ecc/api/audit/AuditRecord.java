package cn.ecc.api.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One stored record of the audit trail.
 *
 * @param id   its position in the chain, from 1 without gaps
 * @param at   when it was written
 * @param hash the chain hash over the previous record's hash and this record's content (hex SHA-256)
 */
public record AuditRecord(long id, Instant at, String actor, String action, String subjectType, String subjectId,
        Long caseId, Map<String, Object> before, Map<String, Object> after, String hash) {

    public AuditRecord {
        before = before == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
        after = after == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
    }
}
