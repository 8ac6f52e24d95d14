package cn.ecc.api.approvals;

import java.util.Map;

/**
 * A request for approval.
 *
 * @param type    what is to be approved
 * @param caseId  the case it concerns
 * @param reason  why (申请理由), required
 * @param details what exactly, by type: {@code newHandler} (HANDLER_CHANGE), {@code days} (TERM_EXTENSION),
 *                an area's own keys (e.g. {@code restrictionId}); values are text
 */
public record NewApproval(ApprovalType type, Long caseId, String reason, Map<String, String> details) {

    public NewApproval {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
