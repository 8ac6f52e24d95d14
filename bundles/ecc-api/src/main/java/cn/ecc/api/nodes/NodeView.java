package cn.ecc.api.nodes;

import java.time.LocalDateTime;

/**
 * A node of a case.
 *
 * @param type        a {@link NodeTypes} id (or an area's own)
 * @param label       the type's Chinese name
 * @param startedAt   the event the deadline counts from
 * @param dueAt       the deadline (end of day for day-based rules)
 * @param warnAt      from when the node is due soon
 * @param responsible username of who answers for it, or null when a role does
 * @param role        the role that answers for it when no person is named
 */
public record NodeView(long id, long caseId, String caseNumber, String type, String label, LocalDateTime startedAt,
        LocalDateTime dueAt, LocalDateTime warnAt, String responsible, String role, NodeState state,
        LocalDateTime completedAt, String completedBy, String note) {
}
