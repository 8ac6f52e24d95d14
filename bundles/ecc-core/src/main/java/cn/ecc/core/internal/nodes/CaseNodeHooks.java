package cn.ecc.core.internal.nodes;

import cn.ecc.api.security.Actor;

/**
 * What the case service tells the deadline engine, inside the transaction of the change, so that a case never
 * commits without its nodes.
 */
public interface CaseNodeHooks {

    /**
     * A case was filed: opens its default nodes (assign handler, send initial documents, national inquiry counted
     * in hours from now, point-to-point inquiry, property investigation) and starts its term.
     */
    void caseFiled(long caseId, Actor actor);

    /** The case got its first handler: completes the assign-handler node and names the handler on the nodes the
     * handler answers for. */
    void handlerAssigned(long caseId, String handler, Actor actor);

    /**
     * The case's handler changed after an approved handler change: the open nodes the previous handler answered
     * for pass to the new one.
     */
    void handlerChanged(long caseId, String previous, String handler, Actor actor);
}
