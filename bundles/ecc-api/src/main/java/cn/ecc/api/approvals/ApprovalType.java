package cn.ecc.api.approvals;

/** The kinds of approval (审批事项). Each has a chain of approver roles configured per court. */
public enum ApprovalType {
    DISBURSEMENT("案款发放"),
    DELAYED_DISBURSEMENT("案款延期发放"),
    HANDLER_CHANGE("承办法官变更"),
    RESTRICTION_LISTING("纳入失信/限高"),
    RESTRICTION_REMOVAL("撤销失信/限高"),
    TERM_EXTENSION("审限延长"),
    AUCTION_HANDOVER("评估拍卖移交"),
    OUTGOING_ENTRUSTMENT("事项委托"),
    JUDICIAL_AID("司法救助");

    private final String label;

    ApprovalType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
