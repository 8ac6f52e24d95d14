package cn.ecc.restrictions.internal;

import cn.ecc.api.approvals.ApprovalType;

/**
 * What a request asks for, and the approval it goes through: listing and term extension through the listing
 * approval (the court leader), removal and temporary lifting through the removal approval (the leader, then
 * the command center head's review).
 */
public enum RequestKind {
    LISTING("纳入", ApprovalType.RESTRICTION_LISTING),
    EXTENSION("延长期限", ApprovalType.RESTRICTION_LISTING),
    REMOVAL("撤销/删除", ApprovalType.RESTRICTION_REMOVAL),
    TEMPORARY_LIFT("暂时解除", ApprovalType.RESTRICTION_REMOVAL);

    private final String label;
    private final ApprovalType approvalType;

    RequestKind(String label, ApprovalType approvalType) {
        this.label = label;
        this.approvalType = approvalType;
    }

    public String label() {
        return label;
    }

    public ApprovalType approvalType() {
        return approvalType;
    }
}
