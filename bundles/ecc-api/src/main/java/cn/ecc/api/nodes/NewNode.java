package cn.ecc.api.nodes;

import java.time.LocalDateTime;

/**
 * A node to open on a case.
 *
 * @param caseId      the case
 * @param type        a {@link NodeTypes} id; another id (an area's own node) needs {@code label} and {@code due}
 * @param label       the name users read; null for the rule's
 * @param from        the event the deadline counts from; null for now
 * @param due         the deadline when the event itself sets it (a freeze's lapse, an installment's date, the end
 *                    of a detention as ordered), exactly: a day's deadline is its end (23:59:59); it is not moved
 *                    off a rest day; null to compute it by the type's rule
 * @param responsible username answering for it; null for the rule's default (the case's handler or the rule's role)
 */
public record NewNode(long caseId, String type, String label, LocalDateTime from, LocalDateTime due,
        String responsible) {
}
