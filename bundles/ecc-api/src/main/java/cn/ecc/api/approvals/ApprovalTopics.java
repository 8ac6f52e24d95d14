package cn.ecc.api.approvals;

/** Events of the approval service (posted after commit). */
public final class ApprovalTopics {

    /**
     * An approval became final. Properties: {@link #APPROVAL_ID}, {@link #TYPE} (the {@link ApprovalType}
     * name), {@link #STATE} (APPROVED or REJECTED), {@code case.id}, and each detail as {@code detail.<key>}.
     */
    public static final String DECIDED = "ecc/approval/decided";

    public static final String APPROVAL_ID = "approval.id";
    public static final String TYPE = "approval.type";
    public static final String STATE = "approval.state";
    public static final String DETAIL_PREFIX = "detail.";

    private ApprovalTopics() {
    }
}
