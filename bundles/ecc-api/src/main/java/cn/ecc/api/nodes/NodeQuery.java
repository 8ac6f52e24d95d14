package cn.ecc.api.nodes;

import cn.ecc.api.common.PageRequest;
import java.time.LocalDate;

/**
 * A search over nodes of all cases, ordered by deadline. Every criterion is optional.
 *
 * @param state       {@link NodeState#OPEN} (not yet in its warning period), {@link NodeState#DUE_SOON},
 *                    {@link NodeState#OVERDUE} or {@link NodeState#DONE}, judged against the clock now; null for
 *                    every node not done
 * @param responsible the username answering for the node
 * @param type        a node type
 * @param caseId      one case
 * @param dueBefore   deadlines up to the end of this day
 */
public record NodeQuery(NodeState state, String responsible, String type, Long caseId, LocalDate dueBefore,
        PageRequest page) {

    public NodeQuery {
        page = page == null ? PageRequest.first() : page;
    }
}
