package cn.ecc.api.approvals;

import java.time.Instant;

/**
 * One step of an approval's chain.
 *
 * @param role      the role that decides this step
 * @param decider   who decided, null while open
 * @param decision  null while open
 * @param comment   the decider's comment (审批意见)
 * @param decidedAt null while open
 */
public record ApprovalStep(int index, String role, String decider, Decision decision, String comment,
        Instant decidedAt) {
}
