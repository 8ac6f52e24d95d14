package cn.ecc.api.nodes;

import cn.ecc.api.calendar.DeadlineUnit;
import java.util.List;

/**
 * How the deadline of a node type is computed, and who answers for it. The platform ships a rule for every
 * {@link NodeTypes} id (SPEC §3); a court changes any of them in configuration (factory PID
 * {@code ecc.deadline.rule}). A changed rule applies to nodes opened afterwards.
 *
 * @param type        the node type ({@link NodeTypes}), or {@link #CASE_TERM_NON_LITIGATION}
 * @param label       the Chinese name
 * @param length      the deadline's length in {@code unit}
 * @param unit        how the length counts
 * @param warnBefore  how long before the deadline the node becomes due soon, in {@code warnUnit}
 * @param warnUnit    how {@code warnBefore} counts
 * @param responsible {@link #HANDLER} (the case's handler, the judge role until one is assigned) or the role id
 *                    that answers for the node
 * @param notifyRoles role ids told when the node is overdue (default the chief, regulation item 14)
 * @param source      where the rule comes from (the regulation or the court's own rule)
 * @param configuredBy the configuration (PID) that changed the shipped rule; null for the shipped default
 */
public record NodeRule(String type, String label, int length, DeadlineUnit unit, int warnBefore,
        DeadlineUnit warnUnit, String responsible, List<String> notifyRoles, String source, String configuredBy) {

    /** {@link #responsible()}: the case's handler answers for the node. */
    public static final String HANDLER = "handler";

    /** The rule of the case term of non-litigation enforcement cases (非诉执行, 3 months); nodes are case-term. */
    public static final String CASE_TERM_NON_LITIGATION = "case-term-non-litigation";

    public NodeRule {
        notifyRoles = List.copyOf(notifyRoles);
    }

    public boolean handlerResponsible() {
        return HANDLER.equals(responsible);
    }
}
