package cn.ecc.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.testing.LocalJpaTemplate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;

/**
 * The core's tables are made by its unit's {@code SchemaKeeper} when the unit is first deployed on a database, and
 * left alone by later deployments (restarts, updates) until the entities change.
 */
class SchemaKeeperTest {

    private static final String XML = "META-INF/test-persistence.xml";
    private static final String UNIT = "ecc-core-test";

    @Test
    void makesTheTablesOnceAndRecordsTheSchema() {
        String database = "schema-" + UUID.randomUUID();
        try (LocalJpaTemplate first = new LocalJpaTemplate(XML, UNIT, database)) {
            assertThat(count(first, "ECC_CASE")).isZero();
            List<?> recorded = rows(first, "SELECT TABLE_NAMES FROM ECC_SCHEMA");
            assertThat(recorded).hasSize(1);
            assertThat(recorded.get(0).toString()).contains("ECC_CASE", "ECC_NODE", "ECC_AUDIT");
            // a table lost behind the platform's back: only a changed schema makes the keeper look again
            first.txExpr(TransactionType.Required, em -> em.createNativeQuery("DROP TABLE ECC_CASE_COUNTER").executeUpdate());
        }
        try (LocalJpaTemplate restarted = new LocalJpaTemplate(XML, UNIT, database)) {
            assertThat(count(restarted, "ECC_CASE")).isZero();
            assertThatThrownBy(() -> count(restarted, "ECC_CASE_COUNTER")).hasStackTraceContaining("ECC_CASE_COUNTER");
            assertThat(rows(restarted, "SELECT FINGERPRINT FROM ECC_SCHEMA")).hasSize(1);
            restarted.txExpr(TransactionType.Required, em -> em.createNativeQuery("DELETE FROM ECC_SCHEMA").executeUpdate());
        }
        try (LocalJpaTemplate checked = new LocalJpaTemplate(XML, UNIT, database)) {
            assertThat(count(checked, "ECC_CASE_COUNTER")).isZero();
            assertThat(rows(checked, "SELECT FINGERPRINT FROM ECC_SCHEMA")).hasSize(1);
        }
    }

    /**
     * A database made before an entity named an index gets it when the schema changes: EclipseLink's extending
     * adds tables and columns only, and the keeper adds the indexes.
     */
    @Test
    void addsAnIndexThatTheEntitiesNameToATableMadeWithoutIt() {
        String database = "schema-" + UUID.randomUUID();
        try (LocalJpaTemplate older = new LocalJpaTemplate(XML, UNIT, database)) {
            assertThat(indexes(older, "IX_CASE_LIST")).isEqualTo(1);
            older.txExpr(TransactionType.Required, em -> em.createNativeQuery("DROP INDEX IX_CASE_LIST").executeUpdate());
            older.txExpr(TransactionType.Required, em -> em.createNativeQuery("DELETE FROM ECC_SCHEMA").executeUpdate());
            assertThat(indexes(older, "IX_CASE_LIST")).isZero();
        }
        try (LocalJpaTemplate newer = new LocalJpaTemplate(XML, UNIT, database)) {
            assertThat(indexes(newer, "IX_CASE_LIST")).isEqualTo(1);
            assertThat(rows(newer, "SELECT FINGERPRINT FROM ECC_SCHEMA")).hasSize(1);
        }
    }

    /**
     * Checking the tables again (the entities changed) sends EclipseLink's whole create-or-extend script, and the
     * database refuses every constraint that exists (Derby: "already exists", or for a unique constraint "have the
     * same set of columns"): the unit's log gets no warning.
     */
    @Test
    void checksTheTablesAgainWithoutAWarningForEachThatIsThere() {
        String database = "schema-" + UUID.randomUUID();
        try (LocalJpaTemplate first = new LocalJpaTemplate(XML, UNIT, database)) {
            first.txExpr(TransactionType.Required, em -> em.createNativeQuery("DELETE FROM ECC_SCHEMA").executeUpdate());
        }
        // the unit logs to standard output here (EclipseLink's default log, created with the unit)
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (LocalJpaTemplate checked = new LocalJpaTemplate(XML, UNIT, database)) {
            assertThat(rows(checked, "SELECT FINGERPRINT FROM ECC_SCHEMA")).hasSize(1);
            assertThat(count(checked, "ECC_CASE")).isZero();
        } finally {
            System.setOut(out);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("already exists")
                .doesNotContain("have the same set of columns").doesNotContain("[EL Warning]");
    }

    private static long indexes(LocalJpaTemplate jpa, String name) {
        return jpa.txExpr(TransactionType.Supports, em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME = '" + name + "'")
                .getSingleResult()).longValue());
    }

    private static long count(LocalJpaTemplate jpa, String table) {
        return jpa.txExpr(TransactionType.Supports,
                em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue());
    }

    private static List<?> rows(LocalJpaTemplate jpa, String sql) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createNativeQuery(sql).getResultList());
    }
}
