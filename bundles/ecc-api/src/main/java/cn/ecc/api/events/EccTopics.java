package cn.ecc.api.events;

/**
 * EventAdmin topics published by the platform. Events are posted after the change has been committed;
 * their properties carry ids and case numbers, never personal data.
 */
public final class EccTopics {

    /** A case was filed. Properties: {@link #CASE_ID}, {@link #CASE_NUMBER}, {@link #ACTOR}. */
    public static final String CASE_FILED = "ecc/case/filed";
    /** A case's data changed. Properties: {@link #CASE_ID}, {@link #CASE_NUMBER}, {@link #ACTOR}. */
    public static final String CASE_UPDATED = "ecc/case/updated";
    /** A case got its first handler. Properties: {@link #CASE_ID}, {@link #CASE_NUMBER}, {@link #ACTOR}, {@link #HANDLER}. */
    public static final String CASE_ASSIGNED = "ecc/case/assigned";

    /**
     * A case's handler changed after an approved handler change; open nodes held by the previous handler
     * follow. Properties: {@link #CASE_ID}, {@link #CASE_NUMBER}, {@link #ACTOR}, {@link #HANDLER},
     * {@link #PREVIOUS_HANDLER}, {@link #APPROVAL_ID}.
     */
    public static final String CASE_HANDLER_CHANGED = "ecc/case/handler-changed";

    public static final String CASE_ID = "case.id";
    public static final String CASE_NUMBER = "case.number";
    public static final String ACTOR = "actor";
    public static final String HANDLER = "handler";
    public static final String PREVIOUS_HANDLER = "previous.handler";
    public static final String APPROVAL_ID = "approval.id";

    private EccTopics() {
    }
}
