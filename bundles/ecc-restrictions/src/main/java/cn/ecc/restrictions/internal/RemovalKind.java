package cn.ecc.restrictions.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a restriction ends. All but {@link #EXPIRED} are asked for and need the removal approval (the court
 * leader's approval, then the command center head's review: regulation item 8).
 */
public enum RemovalKind {
    /** 履行完毕：删除失信信息 / 解除限制消费, due within 3 working days of performance. */
    PERFORMED("履行完毕删除", EnumSet.allOf(RestrictionType.class)),
    /** 删除: the other cases of Art. 10 of the 失信 rules (applicant asks, basis revoked, case terminated …). */
    DELETED("删除", EnumSet.of(RestrictionType.DISHONEST)),
    /** 撤销: listed in error (Art. 12 of the 失信 rules), or a restriction that should not have been ordered. */
    REVOKED("撤销", EnumSet.allOf(RestrictionType.class)),
    /** 屏蔽: the listing is kept but no longer published. */
    SHIELDED("屏蔽", EnumSet.of(RestrictionType.DISHONEST)),
    /** 解除限制消费: security given, or the applicant agrees (Art. 9 of the 限高 rules). */
    LIFTED("解除限制消费", EnumSet.of(RestrictionType.CONSUMPTION)),
    /** 期满删除: the term ran out; never asked for. */
    EXPIRED("期满删除", EnumSet.of(RestrictionType.DISHONEST, RestrictionType.CONSUMPTION));

    private final String label;
    private final Set<RestrictionType> types;

    RemovalKind(String label, Set<RestrictionType> types) {
        this.label = label;
        this.types = types;
    }

    public String label() {
        return label;
    }

    /** Whether a restriction of the type can end this way. */
    public boolean appliesTo(RestrictionType type) {
        return types.contains(type);
    }

    /** Whether someone can ask for it (everything but the end of a term). */
    public boolean requestable() {
        return this != EXPIRED;
    }
}
