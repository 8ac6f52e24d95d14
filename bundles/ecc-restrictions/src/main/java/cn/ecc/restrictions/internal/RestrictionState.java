package cn.ecc.restrictions.internal;

/** Where a recorded restriction stands. A restriction exists only once its listing was approved. */
public enum RestrictionState {
    /** Approved, in its grace period (宽限期): not yet published or enforced. */
    GRACE("宽限期中"),
    IN_FORCE("生效中"),
    ENDED("已结束");

    private final String label;

    RestrictionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
