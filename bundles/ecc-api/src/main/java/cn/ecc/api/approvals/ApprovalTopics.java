package cn.ecc.api.approvals;

/** Events of the approval service (posted after commit). */
public final class ApprovalTopics {

    /**
     * An approval became final. Properties: {@link #APPROVAL_ID}, {@link #TYPE} (the {@link ApprovalType}
     * name), {@link #STATE} (APPROVED or REJECTED), {@code case.id}, and each detail as {@code detail.<key>}.
     */
    public static final String DECIDED = "ecc/approval/decided";

    /**
     * An approval was asked for (e.g. to tell the approvers). Properties: {@link #APPROVAL_ID}, {@link #TYPE},
     * {@link #STATE} (PENDING), {@code case.id}, {@link #NEXT_ROLE}.
     */
    public static final String REQUESTED = "ecc/approval/requested";

    /** A step was decided and the next one is open. Properties as {@link #REQUESTED}. */
    public static final String STEP_DECIDED = "ecc/approval/step-decided";

    public static final String APPROVAL_ID = "approval.id";
    public static final String TYPE = "approval.type";
    public static final String STATE = "approval.state";
    public static final String DETAIL_PREFIX = "detail.";
    /** The role (or roles, separated by '|') that decides the open step. */
    public static final String NEXT_ROLE = "approval.next-role";

    /** Detail of HANDLER_CHANGE: the new handler's username. */
    public static final String NEW_HANDLER = "newHandler";
    /** Detail of TERM_EXTENSION: by how many days the case term is extended. */
    public static final String DAYS = "days";

    private ApprovalTopics() {
    }
}
