package cn.ecc.restrictions.internal;

/** The two measures of this area. */
public enum RestrictionType {
    /** 纳入失信被执行人名单. */
    DISHONEST("失信被执行人", "失信"),
    /** 限制消费（限制高消费及有关消费）. */
    CONSUMPTION("限制高消费", "限高");

    private final String label;
    private final String shortLabel;

    RestrictionType(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    public String shortLabel() {
        return shortLabel;
    }
}
