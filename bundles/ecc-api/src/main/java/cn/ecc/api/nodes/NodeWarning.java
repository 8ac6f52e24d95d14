package cn.ecc.api.nodes;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A row of the node-warning ledger (节点期限预警台帐): a node found overdue (or due soon) by the scan, and whom
 * it was reported to.
 *
 * @param state           {@link NodeState#OVERDUE} or {@link NodeState#DUE_SOON}
 * @param detectedAt      when the scan found it
 * @param reportedTo      usernames told (the chief, regulation item 14)
 * @param reportedToRoles roles told where no person with the role is known
 * @param completedAt     when the node was completed after all; null while still open
 */
public record NodeWarning(long id, long nodeId, long caseId, String caseNumber, String type, String label,
        NodeState state, LocalDateTime startedAt, LocalDateTime dueAt, String responsible, String role,
        LocalDateTime detectedAt, List<String> reportedTo, List<String> reportedToRoles, LocalDateTime completedAt,
        String completedBy) {

    public NodeWarning {
        reportedTo = List.copyOf(reportedTo);
        reportedToRoles = List.copyOf(reportedToRoles);
    }
}
