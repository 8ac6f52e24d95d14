package cn.ecc.api.restrictions;

/**
 * Events of the restrictions area, posted after commit. Properties carry ids, the case number and the kinds,
 * never personal data: {@link #RESTRICTION_ID} (for events about one restriction), {@link #REQUEST_ID},
 * {@link #APPROVAL_ID}, {@code case.id}, {@code case.number}, {@link #TYPE} ({@code DISHONEST} 失信 or
 * {@code CONSUMPTION} 限高), {@link #KIND} (the request's or the removal's kind) and {@code actor}.
 */
public final class RestrictionTopics {

    /** A listing, extension, removal or temporary lifting was asked for; its approval is pending. */
    public static final String REQUESTED = "ecc/restrictions/requested";
    /** A request was not approved; nothing changed. */
    public static final String REFUSED = "ecc/restrictions/refused";
    /** A restriction was recorded after its approval (in force at once, or after its grace period). */
    public static final String LISTED = "ecc/restrictions/listed";
    /** A restriction's grace period (宽限期) ended: it is in force from today. */
    public static final String IN_FORCE = "ecc/restrictions/in-force";
    /** A restriction's term was extended after approval. */
    public static final String EXTENDED = "ecc/restrictions/extended";
    /** A restriction was removed (撤销、删除、屏蔽、解除) after the removal approval and its review. */
    public static final String REMOVED = "ecc/restrictions/removed";
    /** A restriction's term ran out: it ended on its own. */
    public static final String EXPIRED = "ecc/restrictions/expired";
    /** A travel ban was lifted for a dated period after approval (暂时解除). */
    public static final String TEMPORARILY_LIFTED = "ecc/restrictions/temporarily-lifted";
    /** Performance (履行完毕) was recorded: the restrictions are to be deleted within 3 working days. */
    public static final String PERFORMED = "ecc/restrictions/performed";

    public static final String RESTRICTION_ID = "restriction.id";
    public static final String REQUEST_ID = "request.id";
    public static final String APPROVAL_ID = "approval.id";
    public static final String TYPE = "restriction.type";
    public static final String KIND = "kind";

    private RestrictionTopics() {
    }
}
