package cn.ecc.api.nodes;

import cn.ecc.api.security.Actor;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens and completes case nodes; their deadlines follow the court's rules on the official calendar.
 * Call it inside the transaction of the change that causes it, so both commit together.
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
}
