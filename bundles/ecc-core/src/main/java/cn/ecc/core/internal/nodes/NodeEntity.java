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
import javax.persistence.Version;

/**
 * A node of a case. Its deadline ({@code DUE_AT}) and the start of its warning period ({@code WARN_AT}) are
 * stored, so that "due soon" and "overdue" are index range scans against the clock, never a computation per row.
 * Both are null while the node does not run (a paused case term).
 *
 * <p>How the searches stay fast among millions of nodes, most of them done: {@code DONE} goes into the SQL as a
 * literal ({@code DONE = 0}), so the optimizer sees from the index how few rows are open and reads an index range
 * over the open nodes only, never the table. The open-node searches name their index in the SQL
 * ({@link OpenNodeSearch}: Derby has no histograms and chose badly with many open nodes); {@code NodeQueryPlanTest}
 * checks the plans Derby runs:
 * <ul>
 * <li>overdue {@code DONE = 0 AND DUE_AT < now}, every open node {@code DONE = 0}, ordered by {@code DUE_AT, ID}:
 * IX_NODE_OPEN_DUE, whose order is the page's (or the DONE = 0 range of another index and a sort of the open
 * nodes)</li>
 * <li>due soon {@code DONE = 0 AND WARN_AT <= now AND DUE_AT >= now}, not yet warned {@code DONE = 0 AND WARN_AT >
 * now}: IX_NODE_OPEN_WARN or IX_NODE_OPEN_DUE</li>
 * <li>one person's, one type's, one case's: IX_NODE_RESPONSIBLE, IX_NODE_TYPE, IX_NODE_CASE</li>
 * <li>done, newest first {@code DONE = 1 ORDER BY COMPLETED_AT DESC, ID DESC}: IX_NODE_DONE_AT where the optimizer
 * knows the page is small; Derby is given the page size as a bound parameter and plans for every completed node,
 * so the court-wide done list is a full read there: filter it (by person, type, case)</li>
 * <li>the scan's new work {@code MARKED = 'OPEN' AND WARN_AT <= now} and {@code MARKED = 'DUE_SOON' AND DUE_AT <
 * now}: IX_NODE_SCAN_WARN and IX_NODE_SCAN_DUE, ranges holding only the nodes that crossed a line since the last
 * scan</li>
 * </ul>
 */
@Entity
@Table(name = "ECC_NODE", indexes = {
    @Index(name = "IX_NODE_CASE", columnList = "CASE_ID, DONE, DUE_AT"),
    @Index(name = "IX_NODE_OPEN_DUE", columnList = "DONE, DUE_AT, ID"),
    @Index(name = "IX_NODE_OPEN_WARN", columnList = "DONE, WARN_AT, DUE_AT"),
    @Index(name = "IX_NODE_RESPONSIBLE", columnList = "RESPONSIBLE, DONE, DUE_AT"),
    @Index(name = "IX_NODE_TYPE", columnList = "NODE_TYPE, DONE, DUE_AT"),
    @Index(name = "IX_NODE_DONE_AT", columnList = "DONE, COMPLETED_AT DESC, ID DESC"),
    @Index(name = "IX_NODE_SCAN_WARN", columnList = "MARKED, WARN_AT"),
    @Index(name = "IX_NODE_SCAN_DUE", columnList = "MARKED, DUE_AT")
})
public class NodeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @Column(name = "CASE_ID", nullable = false)
    long caseId;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    String caseNumber;

    @Column(name = "NODE_TYPE", nullable = false, length = 64)
    String type;

    @Column(name = "LABEL", nullable = false, length = 100)
    String label;

    @Column(name = "STARTED_AT", nullable = false)
    LocalDateTime startedAt;

    @Column(name = "DUE_AT")
    LocalDateTime dueAt;

    @Column(name = "WARN_AT")
    LocalDateTime warnAt;

    /** Username answering for the node; null while a role does. */
    @Column(name = "RESPONSIBLE", length = 64)
    String responsible;

    /** The role that answers while no person is named (and the role of the person who does). */
    @Column(name = "RESPONSIBLE_ROLE", nullable = false, length = 32)
    String role;

    /** Whether the case's handler answers for it (so that assigning the handler names the person). */
    @Column(name = "HANDLER_NODE", nullable = false)
    boolean handlerNode;

    /** Roles told when it is overdue, comma-separated, as the rule said when the node was opened. */
    @Column(name = "NOTIFY_ROLES", nullable = false, length = 200)
    String notifyRoles;

    @Column(name = "DONE", nullable = false)
    boolean done;

    /** How far the warning scan has taken the node: OPEN, DUE_SOON, OVERDUE; DONE once completed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "MARKED", nullable = false, length = 16)
    NodeState marked;

    @Column(name = "COMPLETED_AT")
    LocalDateTime completedAt;

    @Column(name = "COMPLETED_BY", length = 64)
    String completedBy;

    @Column(name = "NOTE", length = 500)
    String note;

    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    String createdBy;

    /** Moves the deadline (a term paused, resumed or extended); the scan judges the node anew. */
    void reschedule(LocalDateTime due, LocalDateTime warn) {
        this.dueAt = due;
        this.warnAt = warn;
        if (!done) {
            this.marked = NodeState.OPEN;
        }
    }

    /** The state judged against the clock. */
    NodeState state(LocalDateTime now) {
        if (done) {
            return NodeState.DONE;
        }
        if (dueAt == null) {
            return NodeState.OPEN;
        }
        if (now.isAfter(dueAt)) {
            return NodeState.OVERDUE;
        }
        return warnAt != null && !now.isBefore(warnAt) ? NodeState.DUE_SOON : NodeState.OPEN;
    }
}
