package cn.ecc.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditQuery;
import cn.ecc.api.audit.AuditRecord;
import cn.ecc.api.audit.AuditVerification;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.Actors;
import cn.ecc.testing.LocalJpaTemplate;
import cn.ecc.testing.MovableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaAuditTrailTest {

    private final LocalJpaTemplate jpa = new LocalJpaTemplate("META-INF/test-persistence.xml", "ecc-core-test");
    private final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    private final JpaAuditTrail trail = JpaAuditTrail.over(new Transactions(jpa), clock);
    private final Actor inspector = Actors.with("jiangtao", Permissions.AUDIT_READ, Permissions.AUDIT_VERIFY);

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private void record(int n) {
        for (int i = 0; i < n; i++) {
            Map<String, Object> before = new HashMap<>();
            before.put("handler", null);
            trail.record(new AuditEntry("songyu", "case.update", "case", Integer.toString(i), (long) i, before,
                    Map.of("handler", "chenlin", "amount", new BigDecimal("1200.50"), "filedOn", LocalDate.of(2026, 3, 2),
                            "parties", List.of("张三（自然人）1101**********002X"))));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private int sql(String statement) {
        return jpa.txExpr(em -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void anUntouchedTrailVerifies() {
        assertThat(trail.verify(inspector)).isEqualTo(new AuditVerification(true, 0, null, null));
        record(5);
        AuditVerification v = trail.verify(inspector);
        assertThat(v.intact()).isTrue();
        assertThat(v.records()).isEqualTo(5);
        assertThat(v.firstBroken()).isNull();
        assertThat(v.headHash()).hasSize(64);
    }

    @Test
    void anAlteredRecordIsFound() {
        record(5);
        assertThat(sql("UPDATE ECC_AUDIT SET ACTOR = 'someone' WHERE ID = 3")).isEqualTo(1);
        assertThat(trail.verify(inspector)).satisfies(v -> {
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBroken()).isEqualTo(3L);
            assertThat(v.records()).isEqualTo(5);
        });
    }

    @Test
    void anAlteredValueOrTimeIsFound() {
        record(5);
        sql("UPDATE ECC_AUDIT SET AT_MS = AT_MS + 1 WHERE ID = 4");
        assertThat(trail.verify(inspector).firstBroken()).isEqualTo(4L);
        sql("UPDATE ECC_AUDIT SET AFTER_STATE = '{\"handler\":\"hejing\"}' WHERE ID = 2");
        assertThat(trail.verify(inspector).firstBroken()).isEqualTo(2L);
    }

    @Test
    void aRecordRewrittenWithAFreshHashBreaksTheNextLink() {
        record(5);
        AuditRecordEntity r = jpa.txExpr(em -> em.find(AuditRecordEntity.class, 2L));
        r.actor = "someone";
        String forged = JpaAuditTrail.hash(r.prevHash, r);
        sql("UPDATE ECC_AUDIT SET ACTOR = 'someone', HASH = '" + forged + "' WHERE ID = 2");
        assertThat(trail.verify(inspector).firstBroken()).isEqualTo(3L);
    }

    @Test
    void aDeletedRecordIsFound() {
        record(5);
        sql("DELETE FROM ECC_AUDIT WHERE ID = 2");
        AuditVerification v = trail.verify(inspector);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(2L);
        assertThat(v.records()).isEqualTo(4);
    }

    @Test
    void cuttingOffTheNewestRecordsIsFound() {
        record(5);
        sql("DELETE FROM ECC_AUDIT WHERE ID >= 4");
        assertThat(trail.verify(inspector).firstBroken()).isEqualTo(4L);
    }

    @Test
    void concurrentWritersMakeOneUnbrokenChain() throws Exception {
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < each; i++) {
                        trail.record(new AuditEntry("user" + thread, "case.create", "case", thread + "-" + i, null,
                                Map.of(), Map.of("i", i)));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        AuditVerification v = trail.verify(inspector);
        assertThat(v.intact()).isTrue();
        assertThat(v.records()).isEqualTo(threads * each);
    }

    @Test
    void aRolledBackChangeLeavesNoRecordAndNoGap() {
        record(2);
        assertThatThrownBy(() -> new Transactions(jpa).required(em -> {
            trail.record(new AuditEntry("songyu", "case.create", "case", "x", null, Map.of(), Map.of()));
            throw new IllegalStateException("the change fails after its audit record");
        })).isInstanceOf(RuntimeException.class);
        record(1);
        AuditVerification v = trail.verify(inspector);
        assertThat(v.intact()).isTrue();
        assertThat(v.records()).isEqualTo(3);
    }

    @Test
    void searchFiltersAndPagesNewestFirst() {
        record(5);
        trail.record(new AuditEntry("chenlin", "approval.request", "approval", "1", 3L, Map.of(), Map.of()));
        assertThat(trail.search(new AuditQuery(3L, null, null, null, null, null, null, null), inspector).items())
                .extracting(AuditRecord::action).containsExactly("approval.request", "case.update");
        assertThat(trail.search(new AuditQuery(null, "chenlin", null, null, null, null, null, null), inspector).total())
                .isEqualTo(1);
        assertThat(trail.search(new AuditQuery(null, null, "case.", null, null, null, null, null), inspector).total())
                .isEqualTo(5);
        AuditQuery window = new AuditQuery(null, null, null, null, null, clock.now().minusSeconds(4),
                clock.now().minusSeconds(2), new PageRequest(1, 0));
        assertThat(trail.search(window, inspector)).satisfies(p -> {
            assertThat(p.total()).isEqualTo(2);
            assertThat(p.items()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(3));
        });
        AuditRecord r = trail.search(new AuditQuery(0L, null, null, null, null, null, null, null), inspector).items()
                .get(0);
        assertThat(r.before()).containsEntry("handler", null);
        assertThat(r.after()).containsEntry("handler", "chenlin").containsEntry("amount", new BigDecimal("1200.5"))
                .containsEntry("filedOn", "2026-03-02");
    }

    @Test
    void readingAndCheckingNeedTheirPermissions() {
        Actor clerk = Actors.with("songyu", Permissions.CASE_READ);
        assertThatThrownBy(() -> trail.search(new AuditQuery(null, null, null, null, null, null, null, null), clerk))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.verify(clerk)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void canonicalJsonSortsKeysAndReadsBack() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("b", List.of(1, "x\"y", true));
        m.put("a", null);
        m.put("c", Map.of("z", new BigDecimal("10.00"), "y", 2.5));
        String json = CanonicalJson.write(m);
        assertThat(json).isEqualTo("{\"a\":null,\"b\":[1,\"x\\\"y\",true],\"c\":{\"y\":2.5,\"z\":10}}");
        assertThat(CanonicalJson.write(CanonicalJson.read(json))).isEqualTo(json);
    }
}
