package cn.ecc.api.approvals;

/** Where an approval stands. APPROVED and REJECTED are final. */
public enum ApprovalState {
    PENDING("审批中"),
    APPROVED("已批准"),
    REJECTED("未批准");

    private final String label;

    ApprovalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
