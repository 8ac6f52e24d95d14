package cn.ecc.api.approvals;

/** An approver's decision on one step. */
public enum Decision {
    APPROVE,
    REJECT
}
