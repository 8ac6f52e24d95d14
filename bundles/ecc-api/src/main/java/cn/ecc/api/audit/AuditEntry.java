package cn.ecc.api.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change to record. {@code before} and {@code after} hold the changed fields (no personal data in
 * clear: mask ID numbers, phones and addresses with {@link cn.ecc.api.privacy.Masks}).
 *
 * @param actor       username of who did it ({@code system} for scheduled work)
 * @param action      what, as {@code <area>.<object>.<verb>}, e.g. {@code case.create}, {@code restriction.remove}
 * @param subjectType the kind of record changed, e.g. {@code case}, {@code node}, {@code approval}
 * @param subjectId   its id
 * @param caseId      the case it belongs to, or null
 * @param before      field values before (empty for a creation); values are text, numbers, booleans, null,
 *                    lists and maps of these (anything else is recorded as its text)
 * @param after       field values after (empty for a deletion)
 */
public record AuditEntry(String actor, String action, String subjectType, String subjectId, Long caseId,
        Map<String, Object> before, Map<String, Object> after) {

    public AuditEntry {
        // null values are kept: "handler: null -> chenlin" says something
        before = before == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }
}
