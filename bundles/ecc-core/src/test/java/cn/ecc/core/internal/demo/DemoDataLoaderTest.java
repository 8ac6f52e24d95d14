package cn.ecc.core.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.approvals.ApprovalType;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.court.Court;
import cn.ecc.api.demo.DemoData.DemoSummary;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.NewStaffMember;
import cn.ecc.api.security.Roles;
import cn.ecc.core.internal.approvals.JpaApprovalService;
import cn.ecc.core.internal.cases.JpaCaseService;
import cn.ecc.core.internal.security.SecurityFixture;
import cn.ecc.persistence.AfterCommit;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.RecordingEventAdmin;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoDataLoaderTest {

    private final SecurityFixture f = new SecurityFixture();

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void loadsStaffForEveryRoleAndCasesOnce() {
        Court court = new Court("豫1330", "桐柏县人民法院", "南阳市中级人民法院");
        RecordingEventAdmin events = new RecordingEventAdmin();
        Transactions tx = new Transactions(f.jpa);
        var engine = cn.ecc.core.internal.nodes.TestNodes.engine(tx, f.clock);
        JpaCaseService cases = cn.ecc.core.internal.cases.TestCases.service(tx, () -> court, f.clock,
                new AfterCommit(events, null), f.audit, engine);
        Map<ApprovalType, List<String>> chains = java.util.Arrays.stream(ApprovalType.values())
                .collect(Collectors.toMap(t -> t, t -> List.of(Roles.CHIEF)));
        JpaApprovalService approvals = new JpaApprovalService(tx, f.clock, new AfterCommit(events, null), f.audit,
                f.accounts, () -> court, engine, chains);
        DemoDataLoader demo = new DemoDataLoader(f.accounts, f.accounts, cases, approvals, f.clock);

        f.accounts.add(new NewStaffMember("admin", "系统管理员", null, Set.of(Roles.ADMIN)), "Tongbai-2026!",
                Actor.system());
        Actor admin = f.accounts.actor("admin").orElseThrow();
        assertThatThrownBy(() -> demo.load(f.accounts.actor("admin").map(a -> new Actor("x", "x", Set.of(), Set.of()))
                .orElseThrow())).isInstanceOf(AccessDeniedException.class);

        DemoSummary first = demo.load(admin);
        assertThat(first.staffAdded()).isEqualTo(DemoDataLoader.STAFF.size());
        assertThat(first.casesAdded()).isEqualTo(DemoDataLoader.CASES);
        assertThat(first.approvals()).isEqualTo(3);
        Set<String> covered = DemoDataLoader.STAFF.stream().flatMap(m -> m.roles().stream()).collect(Collectors.toSet());
        assertThat(covered).containsAll(Roles.ALL.stream().filter(r -> !r.equals(Roles.ADMIN)).toList());
        assertThat(f.accounts.authenticate("zhouming", DemoDataLoader.PASSWORD).roles()).containsExactly(Roles.CHIEF);

        DemoSummary again = demo.load(admin);
        assertThat(again.staffAdded()).isZero();
        assertThat(again.casesAdded()).isZero();
        assertThat(f.audit.verify(Actor.system()).intact()).isTrue();
    }
}
