package cn.ecc.core.internal.nodes;

import cn.ecc.api.time.EccClock;
import cn.ecc.core.internal.calendar.Calendars;
import cn.ecc.persistence.Transactions;

/** The deadline engine with the shipped calendar and rules, for tests of other packages of the core. */
public final class TestNodes {

    private TestNodes() {
    }

    public static CaseNodeHooks engine(Transactions tx, EccClock clock) {
        return new JpaNodeService(tx, Calendars.shipped(), new RuleBook(), clock, 3);
    }
}
