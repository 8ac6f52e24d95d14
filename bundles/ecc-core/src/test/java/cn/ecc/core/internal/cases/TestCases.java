package cn.ecc.core.internal.cases;

import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.court.Court;
import cn.ecc.api.court.CourtService;
import cn.ecc.api.time.EccClock;
import cn.ecc.core.internal.audit.JpaAuditTrail;
import cn.ecc.core.internal.nodes.CaseNodeHooks;
import cn.ecc.persistence.AfterCommit;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.RecordingEventAdmin;

/** The case service wired as DS wires it, for tests of other packages of the core. */
public final class TestCases {

    private TestCases() {
    }

    public static JpaCaseService service(Transactions tx, EccClock clock, CaseNodeHooks nodes) {
        return service(tx, () -> new Court("豫1330", "桐柏县人民法院", "南阳市中级人民法院"), clock,
                new AfterCommit(new RecordingEventAdmin(), null), JpaAuditTrail.over(tx, clock), nodes);
    }

    public static JpaCaseService service(Transactions tx, CourtService courts, EccClock clock, AfterCommit events,
            AuditTrail audit, CaseNodeHooks nodes) {
        JpaCaseService cases = new JpaCaseService(tx, courts, clock, events, audit);
        cases.nodes = nodes;
        return cases;
    }
}
