package cn.ecc.core.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CasePatch;
import cn.ecc.api.cases.CaseQuery;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.CaseSummary;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.common.StaleVersionException;
import cn.ecc.api.common.Violation;
import cn.ecc.api.court.Court;
import cn.ecc.api.events.EccTopics;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.audit.AuditQuery;
import cn.ecc.api.audit.AuditRecord;
import cn.ecc.core.internal.audit.JpaAuditTrail;
import cn.ecc.core.internal.nodes.TestNodes;
import cn.ecc.persistence.AfterCommit;
import cn.ecc.persistence.JpqlPage;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.Actors;
import cn.ecc.testing.LocalJpaTemplate;
import cn.ecc.testing.MovableClock;
import cn.ecc.testing.RecordingEventAdmin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaCaseServiceTest {

    static final String ID_ZHANG = "11010519491231002X";

    private LocalJpaTemplate jpa;
    private RecordingEventAdmin events;
    private JpaCaseService cases;
    private final CallerTransaction callerTransaction = new CallerTransaction();
    private JpaAuditTrail audit;
    private final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    private final Actor clerk = Actors.with("niuhan", Permissions.CASE_CREATE, Permissions.CASE_READ,
            Permissions.CASE_UPDATE, Permissions.PARTY_PERSONAL_READ);
    private final Actor reader = Actors.with("reader", Permissions.CASE_READ);

    @BeforeEach
    void setUp() {
        jpa = new LocalJpaTemplate("META-INF/test-persistence.xml", "ecc-core-test");
        events = new RecordingEventAdmin();
        audit = JpaAuditTrail.over(new Transactions(jpa), clock);
        // as under JTA: the filings of these tests run on the filing thread, unless a test opens a transaction
        cases = new JpaCaseService(new Transactions(jpa), () -> new Court("豫1330", "桐柏县人民法院", "南阳市中级人民法院"),
                clock, new AfterCommit(events, null), audit, callerTransaction);
        cases.nodes = TestNodes.engine(new Transactions(jpa), clock);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        cases.deactivate();
        jpa.close();
    }

    static NewCase newCase(CaseType type, String reference) {
        return new NewCase(type, LocalDate.of(2026, 3, 2), "民间借贷纠纷", "(2025)豫1330民初456号民事判决书",
                new BigDecimal("120000.50"), false,
                List.of(new Party(null, PartyKind.PERSON, "张三", ID_ZHANG, "13812345678", "河南省桐柏县城关镇大同街18号")),
                List.of(new Party(null, PartyKind.ORGANISATION, "桐柏县某建材有限公司", "91411330MA44XXXX1B", null, null)),
                null, reference);
    }

    @Test
    void filingAllocatesTheCaseNumberAndStoresTheParties() {
        CaseDetail c = cases.file(newCase(CaseType.FIRST, "LA-2026-0001"), clerk);

        assertThat(c.number()).isEqualTo("(2026)豫1330执1号");
        assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(c.amount()).isEqualByComparingTo("120000.50");
        assertThat(c.applicants()).extracting(Party::name).containsExactly("张三");
        assertThat(c.applicants().get(0).idNumber()).isEqualTo(ID_ZHANG);
        assertThat(cases.get(c.id(), clerk)).isEqualTo(c);
        assertThat(events.events(EccTopics.CASE_FILED)).singleElement()
                .satisfies(e -> assertThat(e.getProperty(EccTopics.CASE_NUMBER)).isEqualTo(c.number()));
    }

    @Test
    void participantsWriteInTheFilingsTransactionAndAFailingOneFilesNothing() {
        List<String> seen = new ArrayList<>();
        cases.participants.add((filed, input, actor) -> seen.add(filed.number() + " "
                + input.applicants().get(0).idNumber() + " " + actor.username()));
        CaseDetail c = cases.file(newCase(CaseType.FIRST, "LA-2026-0001"), clerk);
        assertThat(seen).containsExactly(c.number() + " " + ID_ZHANG + " niuhan");

        cases.participants.clear();
        cases.participants.add((filed, input, actor) -> {
            throw new IllegalStateException("the area could not record the case");
        });
        assertThatThrownBy(() -> cases.file(newCase(CaseType.FIRST, "LA-2026-0002"), clerk))
                .hasMessageContaining("could not record");

        cases.participants.clear();
        // no case, no number used up, no event: the next filing gets the next number
        assertThat(cases.findByFilingReference("LA-2026-0002", clerk)).isEmpty();
        assertThat(cases.file(newCase(CaseType.FIRST, null), clerk).number()).isEqualTo("(2026)豫1330执2号");
        assertThat(events.events(EccTopics.CASE_FILED)).hasSize(2);
    }

    @Test
    void filingsRunOneAfterAnotherOnTheFilingThreadUnlessTheCallersTransactionMustIncludeThem() {
        List<String> threads = new ArrayList<>();
        cases.participants.add((filed, input, actor) -> threads.add(Thread.currentThread().getName()));
        cases.file(newCase(CaseType.FIRST, null), clerk);
        callerTransaction.active = true;
        cases.file(newCase(CaseType.FIRST, null), clerk);

        assertThat(threads).containsExactly("ecc-filing", Thread.currentThread().getName());
    }

    @Test
    void aStoppedServiceStillFilesOnTheCallersThread() throws InterruptedException {
        cases.deactivate();

        assertThat(cases.file(newCase(CaseType.FIRST, null), clerk).number()).isEqualTo("(2026)豫1330执1号");
    }

    @Test
    void numbersCountPerTypeAndYear() {
        assertThat(cases.file(newCase(CaseType.FIRST, null), clerk).number()).isEqualTo("(2026)豫1330执1号");
        assertThat(cases.file(newCase(CaseType.RESUMED, null), clerk).number()).isEqualTo("(2026)豫1330执恢1号");
        assertThat(cases.file(newCase(CaseType.FIRST, null), clerk).number()).isEqualTo("(2026)豫1330执2号");
        NewCase lastYear = newCase(CaseType.FIRST, null);
        lastYear = new NewCase(lastYear.type(), LocalDate.of(2025, 12, 31), lastYear.cause(), lastYear.basis(),
                lastYear.amount(), null, lastYear.applicants(), lastYear.respondents(), null, null);
        assertThat(cases.file(lastYear, clerk).number()).isEqualTo("(2025)豫1330执1号");
    }

    @Test
    void concurrentFilingGivesEveryNumberOnceWithoutGaps() throws Exception {
        int threads = 8;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Integer>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(cases.file(newCase(CaseType.FIRST, null), clerk).sequence());
                    }
                    return mine;
                });
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : pool.invokeAll(work)) {
                all.addAll(f.get());
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, threads * perThread).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRejectedFilingUsesNoNumber() {
        NewCase bad = new NewCase(CaseType.FIRST, null, null, "", new BigDecimal("-1"), null, List.of(), List.of(),
                null, null);
        assertThatThrownBy(() -> cases.file(bad, clerk)).isInstanceOf(InvalidInputException.class);
        assertThat(cases.file(newCase(CaseType.FIRST, null), clerk).number()).isEqualTo("(2026)豫1330执1号");
    }

    @Test
    void theSameFilingReferenceIsFiledOnce() {
        CaseDetail first = cases.file(newCase(CaseType.FIRST, "LA-7"), clerk);
        assertThatThrownBy(() -> cases.file(newCase(CaseType.FIRST, "LA-7"), clerk))
                .isInstanceOf(ConflictException.class).hasMessageContaining(first.number());
        assertThat(cases.search(CaseQuery.all(PageRequest.first()), clerk).total()).isEqualTo(1);
        assertThat(cases.findByFilingReference("LA-7", clerk)).map(CaseDetail::id).contains(first.id());
    }

    @Test
    void invalidInputNamesEveryField() {
        NewCase bad = new NewCase(null, LocalDate.of(2026, 3, 3), null, null, new BigDecimal("10.001"), null,
                List.of(new Party(null, PartyKind.PERSON, "李四", "411330199001011235", "abc", null)),
                null, null, null);
        assertThatThrownBy(() -> cases.file(bad, clerk)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("type",
                        "filedOn", "basis", "amount", "applicants[0].idNumber", "applicants[0].phone",
                        "respondents"));
    }

    @Test
    void readersWithoutThePermissionSeePersonalDataMasked() {
        CaseDetail c = cases.file(newCase(CaseType.FIRST, null), clerk);
        Party p = cases.get(c.id(), reader).applicants().get(0);
        assertThat(p.idNumber()).isEqualTo("1101**********002X");
        assertThat(p.phone()).isEqualTo("138****5678");
        assertThat(p.address()).isEqualTo("河南省桐柏县****");
    }

    @Test
    void searchFiltersAndPages() {
        for (int i = 0; i < 5; i++) {
            cases.file(newCase(CaseType.FIRST, null), clerk);
        }
        cases.file(newCase(CaseType.PRESERVATION, null), clerk);

        Page<CaseSummary> preservation = cases.search(
                new CaseQuery(null, CaseType.PRESERVATION, null, null, null, null, PageRequest.first()), reader);
        assertThat(preservation.items()).extracting(CaseSummary::number).containsExactly("(2026)豫1330执保1号");

        Page<CaseSummary> page = cases.search(CaseQuery.all(new PageRequest(2, 2)), reader);
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0).respondents()).isEqualTo("桐柏县某建材有限公司");

        assertThat(cases.search(new CaseQuery(null, null, null, null, null, "建材", PageRequest.first()), reader)
                .total()).isEqualTo(6);
        assertThat(cases.search(new CaseQuery(null, null, null, null, null, "执保", PageRequest.first()), reader)
                .total()).isEqualTo(1);
        assertThat(cases.search(new CaseQuery(null, null, null, null, null, "100%_", PageRequest.first()), reader)
                .total()).isZero();
        assertThat(cases.search(new CaseQuery(null, null, null, LocalDate.of(2026, 3, 3), null, null,
                PageRequest.first()), reader).total()).isZero();
    }

    @Test
    void textSearchFindsNumberBasisOrPartyWithinTheFiltersInListOrder() {
        long a = cases.file(newCase(CaseType.FIRST, null), clerk).id(); // respondent 桐柏县某建材有限公司
        long b = cases.file(withRespondentAndBasis(CaseType.FIRST, "王五", "(2025)豫1330民初7号民事判决书"), clerk).id();
        long c = cases.file(newCase(CaseType.PRESERVATION, null), clerk).id();
        long d = cases.file(withRespondentAndBasis(CaseType.FIRST, "王五", "建材买卖合同纠纷判决书"), clerk).id();

        assertThat(ids("建材", null, PageRequest.first())).containsExactly(d, c, a);
        assertThat(cases.search(new CaseQuery(null, CaseType.FIRST, null, null, null, "建材", PageRequest.first()),
                reader).total()).isEqualTo(2);
        assertThat(ids("建材", CaseType.FIRST, PageRequest.first())).containsExactly(d, a);
        assertThat(ids("建材", CaseType.FIRST, new PageRequest(1, 1))).containsExactly(a);
        assertThat(ids("建材", CaseType.FIRST, new PageRequest(1, 2))).isEmpty();
        assertThat(ids("王五", null, PageRequest.first())).containsExactly(d, b);
        assertThat(ids("王五", CaseType.PRESERVATION, PageRequest.first())).isEmpty();
        assertThat(ids("执保", null, PageRequest.first())).containsExactly(c);
        assertThat(ids("民初7号", null, PageRequest.first())).containsExactly(b);
        Page<CaseSummary> found = cases.search(new CaseQuery(null, null, null, null, null, "王五",
                PageRequest.first()), reader);
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.items()).extracting(CaseSummary::respondents).containsOnly("王五");
    }

    @Test
    void aTextInFewCasesAndATextInManyAreAnsweredAlike() {
        cases.file(newCase(CaseType.FIRST, null), clerk);
        cases.file(withRespondentAndBasis(CaseType.FIRST, "王五", "(2025)豫1330民初7号民事判决书"), clerk);
        cases.file(newCase(CaseType.PRESERVATION, null), clerk);
        cases.file(withRespondentAndBasis(CaseType.FIRST, "王五", "建材买卖合同纠纷判决书"), clerk);
        NewCase earlier = withRespondentAndBasis(CaseType.FIRST, "建材经营部", "(2025)豫1330民初8号民事判决书");
        cases.file(new NewCase(earlier.type(), LocalDate.of(2026, 3, 1), earlier.cause(), earlier.basis(),
                earlier.amount(), earlier.nonLitigation(), earlier.applicants(), earlier.respondents(), null, null),
                clerk); // filed last, listed last

        Transactions tx = new Transactions(jpa);
        CaseTextSearch few = new CaseTextSearch();
        CaseTextSearch many = new CaseTextSearch(0); // every text found at all counts as found in many cases
        String byType = " WHERE 1 = 1 AND c.type = :type";
        for (String text : List.of("%建材%", "%王五%", "%执保%", "%民初7号%", "%没有%", "%张三%")) {
            for (PageRequest page : List.of(PageRequest.first(), new PageRequest(2, 1), new PageRequest(2, 3))) {
                assertThat(found(tx, few, " WHERE 1 = 1", Map.of(), text, page))
                        .as(text + " " + page).isEqualTo(found(tx, many, " WHERE 1 = 1", Map.of(), text, page));
                assertThat(found(tx, few, byType, Map.of("type", CaseType.FIRST), text, page)).as(text + " " + page)
                        .isEqualTo(found(tx, many, byType, Map.of("type", CaseType.FIRST), text, page));
            }
        }
        assertThat(found(tx, few, " WHERE 1 = 1", Map.of(), "%建材%", PageRequest.first())).hasSize(5);
    }

    /** The total, then the page's ids. */
    private static List<Long> found(Transactions tx, CaseTextSearch search, String where, Map<String, Object> params,
            String like, PageRequest page) {
        return tx.read(em -> {
            JpqlPage<CaseEntity> f = search.find(em, where, params, like, page);
            List<Long> answer = new ArrayList<>(List.of(f.total()));
            f.rows().forEach(c -> answer.add(c.getId()));
            return answer;
        });
    }

    private List<Long> ids(String text, CaseType type, PageRequest page) {
        return cases.search(new CaseQuery(null, type, null, null, null, text, page), reader).items().stream()
                .map(CaseSummary::id).toList();
    }

    private static NewCase withRespondentAndBasis(CaseType type, String respondent, String basis) {
        NewCase n = newCase(type, null);
        return new NewCase(n.type(), n.filedOn(), n.cause(), basis, n.amount(), n.nonLitigation(), n.applicants(),
                List.of(new Party(null, PartyKind.PERSON, respondent, null, null, null)), n.handler(),
                n.filingReference());
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        CaseDetail c = cases.file(newCase(CaseType.FIRST, null), clerk);
        CasePatch patch = new CasePatch("买卖合同纠纷", null, new BigDecimal("1000"), null, true, "涉民生", null, null);

        CaseDetail updated = cases.update(c.id(), c.version(), patch, clerk);
        assertThat(updated.cause()).isEqualTo("买卖合同纠纷");
        assertThat(updated.keyCase()).isTrue();
        assertThat(updated.version()).isGreaterThan(c.version());
        // a write answers masked: full personal data only through an audited read
        assertThat(updated.applicants()).isEqualTo(cases.get(c.id(), reader).applicants());

        assertThatThrownBy(() -> cases.update(c.id(), c.version(), patch, clerk))
                .isInstanceOf(StaleVersionException.class);
        assertThat(cases.get(c.id(), reader)).isEqualTo(updated);
    }

    @Test
    void replacingOneSideKeepsTheOther() {
        CaseDetail c = cases.file(newCase(CaseType.FIRST, null), clerk);
        CasePatch patch = new CasePatch(null, null, null, null, null, null, null,
                List.of(new Party(null, PartyKind.PERSON, "王五", null, null, null)));
        CaseDetail updated = cases.update(c.id(), c.version(), patch, clerk);
        assertThat(updated.respondents()).extracting(Party::name).containsExactly("王五");
        assertThat(cases.get(c.id(), clerk).applicants()).isEqualTo(c.applicants());
    }

    @Test
    void theFirstHandlerIsAssignedOnceAndTheCaseBecomesActive() {
        Actor center = Actors.with("center", Permissions.CASE_ASSIGN, Permissions.CASE_READ);
        CaseDetail c = cases.file(newCase(CaseType.FIRST, null), clerk);
        CaseDetail assigned = cases.assignHandler(c.id(), "dengwd", center);
        assertThat(assigned.handler()).isEqualTo("dengwd");
        assertThat(assigned.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(events.events(EccTopics.CASE_ASSIGNED)).singleElement()
                .satisfies(e -> assertThat(e.getProperty(EccTopics.HANDLER)).isEqualTo("dengwd"));
        assertThatThrownBy(() -> cases.assignHandler(c.id(), "chenjian", center))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cases.assignHandler(c.id(), "x", clerk)).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.get(c.id(), center).handler()).isEqualTo("dengwd");
    }

    @Test
    void permissionsAreChecked() {
        assertThatThrownBy(() -> cases.file(newCase(CaseType.FIRST, null), reader))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.get(1, Actors.with("nobody"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> cases.get(999, reader)).isInstanceOf(NotFoundException.class);
        assertThat(cases.findByNumber("(2026)豫1330执9号", reader)).isEmpty();
        CaseDetail c = cases.file(newCase(CaseType.FIRST, null), clerk);
        assertThat(cases.findByNumber("（2026）豫1330执1号", reader)).map(CaseDetail::id).contains(c.id());
    }

    @Test
    void everyChangeIsAuditedWithPersonalDataMasked() {
        Actor center = Actors.with("center", Permissions.CASE_ASSIGN, Permissions.CASE_READ);
        CaseDetail c = cases.file(newCase(CaseType.FIRST, null), clerk);
        cases.update(c.id(), c.version(), new CasePatch("买卖合同纠纷", null, null, null, null, null, null, null), clerk);
        cases.assignHandler(c.id(), "chenlin", center);

        List<AuditRecord> trail = audit.search(new AuditQuery(c.id(), null, null, null, null, null, null, null),
                Actors.with("inspector", Permissions.AUDIT_READ)).items();
        assertThat(trail).extracting(AuditRecord::action).containsExactly("case.assign", "case.update", "case.create");
        AuditRecord created = trail.get(2);
        assertThat(created.actor()).isEqualTo("niuhan");
        assertThat(created.after().get("number")).isEqualTo(c.number());
        assertThat(created.after().toString()).contains("1101**********002X").doesNotContain(ID_ZHANG)
                .doesNotContain("13812345678");
        assertThat(trail.get(1).before()).containsEntry("cause", "民间借贷纠纷").hasSize(1);
        assertThat(trail.get(1).after()).containsEntry("cause", "买卖合同纠纷").hasSize(1);
        assertThat(trail.get(0).before()).containsEntry("handler", null).containsEntry("status", "REGISTERED");
        assertThat(trail.get(0).after()).containsEntry("handler", "chenlin");
    }

    @Test
    void readingFullPersonalDataIsAuditedAndMaskedReadsAreNot() {
        CaseDetail c = cases.file(newCase(CaseType.FIRST, null), clerk);
        Actor inspector = Actors.with("inspector", Permissions.AUDIT_READ);
        long before = audit.search(new AuditQuery(c.id(), null, null, null, null, null, null, null), inspector).total();

        cases.get(c.id(), reader);
        cases.findByNumber(c.number(), reader);
        assertThat(audit.search(new AuditQuery(c.id(), null, null, null, null, null, null, null), inspector).total())
                .isEqualTo(before);

        assertThat(cases.get(c.id(), clerk).applicants().get(0).idNumber()).isEqualTo(ID_ZHANG);
        assertThat(cases.findByNumber(c.number(), clerk)).isPresent();
        List<AuditRecord> reads = audit.search(new AuditQuery(c.id(), null, Permissions.PARTY_PERSONAL_READ, null,
                null, null, null, null), inspector).items();
        assertThat(reads).hasSize(2).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("niuhan");
            assertThat(r.after()).containsEntry("parties", 2L);
        });
    }

    @Test
    void maskedAndPlatformReadsShowNoPersonalDataToAnyoneAndAreNotAudited() {
        CaseDetail c = cases.file(newCase(CaseType.FIRST, null), clerk);
        Actor inspector = Actors.with("inspector", Permissions.AUDIT_READ);
        AuditQuery personalReads = new AuditQuery(c.id(), null, Permissions.PARTY_PERSONAL_READ, null, null, null,
                null, null);

        // the clerk may read personal data, but a masked read shows none
        assertThat(cases.getMasked(c.id(), clerk).applicants().get(0).idNumber()).isNotEqualTo(ID_ZHANG)
                .contains("*");
        assertThat(cases.get(c.id(), Actor.system()).applicants().get(0).idNumber()).isEqualTo(ID_ZHANG);
        assertThat(audit.search(personalReads, inspector).total()).isZero();

        assertThatThrownBy(() -> cases.getMasked(c.id(), Actors.with("nobody")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.getMasked(c.id() + 1000, clerk)).isInstanceOf(NotFoundException.class);
    }

    /** The JTA registry as the case service asks it: is the caller in a transaction? */
    static final class CallerTransaction implements javax.transaction.TransactionSynchronizationRegistry {
        volatile boolean active;

        @Override
        public int getTransactionStatus() {
            return active ? javax.transaction.Status.STATUS_ACTIVE : javax.transaction.Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public Object getTransactionKey() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerInterposedSynchronization(javax.transaction.Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            throw new UnsupportedOperationException();
        }
    }
}
