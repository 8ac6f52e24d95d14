package cn.ecc.core.internal.nodes;

import cn.ecc.api.nodes.NodeState;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A warning the scan gave: the node-warning ledger (its OVERDUE rows) and the guarantee that a node is warned
 * once per state and deadline (the unique constraint; a moved deadline may be warned about again).
 */
@Entity
@Table(name = "ECC_NODE_WARNING",
        uniqueConstraints = @UniqueConstraint(name = "UQ_NODE_WARNING", columnNames = {"NODE_ID", "WARNING_STATE", "DUE_AT"}),
        indexes = {
            @Index(name = "IX_NODE_WARNING_DUE", columnList = "WARNING_STATE, DUE_AT"),
            @Index(name = "IX_NODE_WARNING_CASE", columnList = "CASE_ID")
        })
public class NodeWarningEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "NODE_ID", nullable = false)
    long nodeId;

    @Column(name = "CASE_ID", nullable = false)
    long caseId;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    String caseNumber;

    @Column(name = "NODE_TYPE", nullable = false, length = 64)
    String type;

    @Column(name = "LABEL", nullable = false, length = 100)
    String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "WARNING_STATE", nullable = false, length = 16)
    NodeState state;

    @Column(name = "STARTED_AT", nullable = false)
    LocalDateTime startedAt;

    @Column(name = "DUE_AT", nullable = false)
    LocalDateTime dueAt;

    @Column(name = "RESPONSIBLE", length = 64)
    String responsible;

    @Column(name = "RESPONSIBLE_ROLE", nullable = false, length = 32)
    String role;

    @Column(name = "DETECTED_AT", nullable = false)
    LocalDateTime detectedAt;

    /** Usernames told, comma-separated. */
    @Column(name = "REPORTED_TO", nullable = false, length = 500)
    String reportedTo;

    /** Roles told where no person with the role was known, comma-separated. */
    @Column(name = "REPORTED_TO_ROLES", nullable = false, length = 200)
    String reportedToRoles;
}
