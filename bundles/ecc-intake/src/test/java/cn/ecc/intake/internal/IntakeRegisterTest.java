package cn.ecc.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.security.Actor;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.Actors;
import cn.ecc.testing.LocalJpaTemplate;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Recording filed cases into their series: what intake reads of the core, and what it writes. */
class IntakeRegisterTest {

    private final LocalJpaTemplate jpa = new LocalJpaTemplate("META-INF/test-persistence.xml", "ecc-intake-test");
    /** Full reads of a case by the system: each one is an audited read of personal data on the platform. */
    private final AtomicInteger fullReads = new AtomicInteger();
    private final IntakeService intake = new IntakeService(new Transactions(jpa), cases(), null, null, null, null,
            null, null, null, null);

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void aCaseFiledElsewhereIsReadOnceAndJoinsItsSeries() {
        intake.register(7);
        intake.register(7);

        assertThat(fullReads).hasValue(1);
        IntakeCaseEntity c = jpa.txExpr(TransactionType.Supports,
                em -> em.find(IntakeCaseEntity.class, 7L));
        assertThat(c).isNotNull();
    }

    @Test
    void aCaseIntakeFiledItselfIsNotReadAgain() {
        jpa.tx(em -> em.persist(new IntakeCaseEntity(8, "(2026)豫1330执8号", LocalDate.of(2026, 3, 2),
                "2026-03-02|11010519491231002X", "张三", null)));

        intake.register(8);

        assertThat(fullReads).hasValue(0);
    }

    @Test
    void aCaseBeingFiledIsRecordedFromItsInputWithoutReadingIt() {
        CaseDetail masked = detail(9, "110105********002X");
        NewCase input = new NewCase(CaseType.FIRST, masked.filedOn(), null, masked.basis(), masked.amount(), false,
                List.of(new Party(null, PartyKind.PERSON, "张三", "11010519491231002X", null, null)),
                masked.respondents(), null, null);

        intake.record(masked, input);
        intake.register(9);

        assertThat(fullReads).hasValue(0);
        IntakeCaseEntity c = jpa.txExpr(TransactionType.Supports,
                em -> em.find(IntakeCaseEntity.class, 9L));
        // the series key from the ID number as filed, not from the masked answer the filer got
        assertThat(c.getSeriesKey()).isEqualTo("2026-03-02|11010519491231002X");
        assertThat(c.getApplicants()).isEqualTo("张三");
    }

    @Test
    void aCaseFiledInABatchKeepsItsBatchOnTheRecordItsFilingWrote() {
        // the core calls intake's SeriesRecorder inside the filing, in the transaction intake's file() began
        IntakeService[] self = new IntakeService[1];
        CaseService filingCore = (CaseService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CaseService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("file")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    NewCase input = (NewCase) args[0];
                    CaseDetail filed = detail(10, "110105********002X");
                    new SeriesRecorder(self[0]).caseFiled(filed, input, (Actor) args[1]);
                    return filed;
                });
        self[0] = new IntakeService(new Transactions(jpa), filingCore, null, null, null, null, null, null, null, null);
        NewCase input = new NewCase(CaseType.FIRST, LocalDate.of(2026, 3, 2), null, "(2025)豫1330民初456号民事判决书",
                new BigDecimal("1000.00"), false,
                List.of(new Party(null, PartyKind.PERSON, "张三", "11010519491231002X", null, null)),
                List.of(new Party(null, PartyKind.ORGANISATION, "桐柏县某建材有限公司", "91411330MA44XXXX1B", null, null)),
                null, "LA-10");

        self[0].file(input, 42L, Actors.with("clerk", "case.create"));

        assertThat(self[0].filedBy(10, 42)).isTrue();
        IntakeCaseEntity c = jpa.txExpr(TransactionType.Supports,
                em -> em.find(IntakeCaseEntity.class, 10L));
        assertThat(c.getSeriesKey()).isEqualTo("2026-03-02|11010519491231002X");
    }

    private CaseService cases() {
        return (CaseService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CaseService.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("get")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    fullReads.incrementAndGet();
                    return detail((Long) args[0], "11010519491231002X");
                });
    }

    private static CaseDetail detail(long id, String applicantIdNumber) {
        Party applicant = new Party(1L, PartyKind.PERSON, "张三", applicantIdNumber, null, null);
        Party respondent = new Party(2L, PartyKind.ORGANISATION, "桐柏县某建材有限公司", "91411330MA44XXXX1B", null, null);
        return new CaseDetail(id, "(2026)豫1330执" + id + "号", 2026, "豫1330", CaseType.FIRST, (int) id,
                CaseStatus.REGISTERED, null, "(2025)豫1330民初456号民事判决书", new BigDecimal("1000.00"),
                LocalDate.of(2026, 3, 2), false, null, null, false, null, null, null, List.of(applicant),
                List.of(respondent), 1, Instant.EPOCH, Instant.EPOCH);
    }
}
