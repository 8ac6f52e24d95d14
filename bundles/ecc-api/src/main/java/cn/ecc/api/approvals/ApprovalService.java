package cn.ecc.api.approvals;

import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Requests and decisions. A step is decided only by someone holding its role, never by the requester; a
 * decision is final. When the last step approves (or any step rejects) the service posts
 * {@link ApprovalTopics#DECIDED} after commit, and areas act on it.
 */
@ProviderType
public interface ApprovalService {

    ApprovalView request(NewApproval request, Actor actor);

    /**
     * Decides the open step.
     *
     * @throws cn.ecc.api.common.AccessDeniedException when the actor does not hold the step's role or asked
     * @throws cn.ecc.api.common.ConflictException     when the approval is already final (or was decided
     *                                                 concurrently)
     */
    ApprovalView decide(long approvalId, Decision decision, String comment, Actor actor);

    ApprovalView get(long approvalId, Actor actor);

    /**
     * @param pendingForMe only approvals whose open step the actor may decide
     */
    Page<ApprovalView> search(ApprovalState state, ApprovalType type, Long caseId, boolean pendingForMe,
            PageRequest page, Actor actor);

    /** The approval form (审批单) as PDF, for the paper file. */
    byte[] form(long approvalId, Actor actor);
}
