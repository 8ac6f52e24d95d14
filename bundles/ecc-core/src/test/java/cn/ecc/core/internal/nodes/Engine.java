package cn.ecc.core.internal.nodes;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.core.internal.calendar.Calendars;
import cn.ecc.core.internal.cases.JpaCaseService;
import cn.ecc.core.internal.cases.TestCases;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.Actors;
import cn.ecc.testing.LocalJpaTemplate;
import cn.ecc.testing.MovableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The deadline engine on an in-memory database, wired as DS wires it, with a clock the test moves. */
final class Engine implements AutoCloseable {

    static final Actor CLERK = new Actor("niuhan", "牛瀚", Set.of("clerk"), Set.of(Permissions.CASE_CREATE,
            Permissions.CASE_READ, Permissions.CASE_ASSIGN, Permissions.NODE_READ, Permissions.NODE_OPEN,
            Permissions.NODE_COMPLETE, Permissions.NODE_MANAGE, Permissions.NODE_LEDGER_READ,
            Permissions.CASE_TERM_PAUSE, Permissions.NOTICE_SEND));

    final LocalJpaTemplate jpa;
    final Transactions tx;
    final MovableClock clock;
    final RuleBook rules = new RuleBook();
    final JpaNodeService nodes;
    final JpaCaseService cases;
    final JpaNoticeService notices;

    Engine(LocalDateTime start) {
        jpa = new LocalJpaTemplate("META-INF/test-persistence.xml", "ecc-core-test");
        tx = new Transactions(jpa);
        clock = new MovableClock(start);
        nodes = new JpaNodeService(tx, Calendars.shipped(), rules, clock, 3);
        cases = TestCases.service(tx, clock, nodes);
        notices = new JpaNoticeService(tx, clock);
    }

    NodeScanner scanner(int batchSize) {
        return new NodeScanner(tx, clock, batchSize, Duration.ofMinutes(15));
    }

    CaseDetail file() {
        return file(null, false);
    }

    CaseDetail file(String handler, boolean nonLitigation) {
        return cases.file(new NewCase(CaseType.FIRST, null, "民间借贷纠纷", "(2025)豫1330民初456号民事判决书",
                new BigDecimal("120000.50"), nonLitigation,
                List.of(new Party(null, PartyKind.PERSON, "张三", null, null, null)),
                List.of(new Party(null, PartyKind.ORGANISATION, "桐柏县某建材有限公司", null, null, null)), handler, null),
                CLERK);
    }

    void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
    }

    static LocalDateTime endOf(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(23, 59, 59);
    }

    static Actor with(String username, String... permissions) {
        return Actors.with(username, permissions);
    }

    @Override
    public void close() {
        jpa.close();
    }
}
