package cn.ecc.api.nodes;

import cn.ecc.api.common.Page;
import cn.ecc.api.security.Actor;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens and completes case nodes; their deadlines follow the court's rules on the official calendar.
 * Call it inside the transaction of the change that causes it, so both commit together.
 * Permissions: {@code node.read} to read, {@code node.open} to open, {@code node.complete} to complete.
 */
@ProviderType
public interface NodeService {

    /** A case's nodes, open ones first by deadline. */
    List<NodeView> nodesOf(long caseId, Actor actor);

    /**
     * Opens a node of the type for the case, its deadline computed from {@code from} by the type's rule.
     *
     * @param responsible username answering for it, or null for the rule's default (the case's handler or
     *                    the rule's role)
     */
    NodeView open(long caseId, String type, LocalDateTime from, String responsible, Actor actor);

    /** Completes a node. Completing a completed node changes nothing and answers it as it is. */
    NodeView complete(long caseId, long nodeId, String note, Actor actor);

    /** Completes the case's open node of the type, if there is one. */
    Optional<NodeView> completeOpen(long caseId, String type, String note, Actor actor);

    /**
     * Opens a node as described: by the type's rule, or with the deadline the event itself sets.
     *
     * @throws cn.ecc.api.common.InvalidInputException naming {@code type} (no rule and no label/due), {@code due}
     *                                                 or {@code responsible}
     * @throws cn.ecc.api.common.NotFoundException     when the case does not exist
     */
    NodeView open(NewNode node, Actor actor);

    /** Nodes of all cases, by state judged against the clock now, ordered by deadline. */
    Page<NodeView> search(NodeQuery query, Actor actor);

    /** The rules in force: the shipped defaults with the court's configuration applied. */
    List<NodeRule> rules(Actor actor);
}
