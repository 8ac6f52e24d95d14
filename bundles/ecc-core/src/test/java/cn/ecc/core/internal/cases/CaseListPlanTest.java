package cn.ecc.core.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecc.api.cases.CaseQuery;
import cn.ecc.api.cases.CaseSummary;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.core.internal.nodes.TestNodes;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.Actors;
import cn.ecc.testing.LocalJpaTemplate;
import cn.ecc.testing.MovableClock;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The case list, newest filing first, is read off an index in its own order, a page's worth of rows, instead of
 * sorting every case to hand out twenty (with 155,000 cases that sort alone took 0.2 s). Derby's XPLAIN tables
 * record the plan of every statement the search sends, so the test finds the list's own statement among them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListPlanTest {

    static final int CASES = 3_000;

    private final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    private final Actor reader = Actors.with("reader", Permissions.CASE_READ);
    private LocalJpaTemplate jpa;
    private Transactions tx;
    private JpaCaseService cases;

    @BeforeAll
    void load() {
        jpa = new LocalJpaTemplate("META-INF/test-persistence.xml", "ecc-core-test");
        tx = new Transactions(jpa);
        cases = TestCases.service(tx, clock, TestNodes.engine(tx, clock));
        tx.required(em -> {
            try {
                Connection c = em.unwrap(Connection.class);
                PreparedStatement ins = c.prepareStatement("INSERT INTO ECC_CASE (VERSION, CASE_NO, CASE_YEAR,"
                        + " COURT_CODE, CASE_TYPE, SEQ, STATUS, BASIS, AMOUNT, FILED_ON, NON_LITIGATION, HANDLER,"
                        + " KEY_CASE, CREATED_BY, CREATED_AT, UPDATED_AT)"
                        + " VALUES (1, ?, 2025, '豫1330', 'FIRST', ?, 'REGISTERED', '判决书', 1000, ?, 0, ?, 0,"
                        + " 'x', ?, ?)");
                Timestamp at = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0));
                for (int i = 1; i <= CASES; i++) {
                    ins.setString(1, "(2025)豫1330执" + i + "号");
                    ins.setInt(2, i);
                    // several cases a day, in an order the ids do not follow
                    ins.setDate(3, Date.valueOf(LocalDate.of(2025, 1, 1).plusDays((i * 7L) % 365)));
                    ins.setString(4, "u" + i % 12);
                    ins.setTimestamp(5, at);
                    ins.setTimestamp(6, at);
                    ins.addBatch();
                }
                ins.executeBatch();
                try (Statement st = c.createStatement()) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'ECC_CASE', NULL)");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @AfterAll
    void close() throws InterruptedException {
        cases.deactivate();
        jpa.close();
    }

    @Test
    void theFirstPageOfTheCaseListIsReadOffAnIndexWithoutASort() {
        List<String> plan = planOfTheListStatement(() -> cases.search(query(null, null), reader));
        assertThat(plan).as("result sets of the list's statement").contains("INDEXSCAN IX_CASE_LIST")
                .noneMatch(op -> op.startsWith("SORT") || op.startsWith("TABLESCAN"));
    }

    @Test
    void aRangeOfFilingDatesIsReadOffTheSameIndexWithoutASort() {
        List<String> plan = planOfTheListStatement(() -> cases.search(
                query(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)), reader));
        assertThat(plan).as("result sets of the list's statement").contains("INDEXSCAN IX_CASE_LIST")
                .noneMatch(op -> op.startsWith("SORT") || op.startsWith("TABLESCAN"));
    }

    /** The list's order is what the index gives: newest filing first, then the newest id. */
    @Test
    void theListIsNewestFilingFirstThenNewestId() {
        Page<CaseSummary> page = cases.search(new CaseQuery(null, null, null, null, null, null,
                new PageRequest(50, 0)), reader);
        List<Long> expected = tx.read(em -> {
            try (Statement st = em.unwrap(Connection.class).createStatement();
                    ResultSet rs = st.executeQuery("SELECT ID FROM ECC_CASE ORDER BY FILED_ON DESC, ID DESC"
                            + " FETCH FIRST 50 ROWS ONLY")) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(page.total()).isEqualTo(CASES);
        assertThat(page.items()).extracting(CaseSummary::id).containsExactlyElementsOf(expected);
    }

    private static CaseQuery query(LocalDate from, LocalDate to) {
        return new CaseQuery(null, null, null, from, to, null, PageRequest.first());
    }

    /** "OPERATION index-or-table" for each result set of the statement that orders the cases by filing date. */
    private List<String> planOfTheListStatement(Supplier<?> search) {
        return tx.required(em -> {
            try {
                Connection c = em.unwrap(Connection.class);
                try (Statement st = c.createStatement()) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('CASEPLAN')");
                }
                search.get();
                try (Statement st = c.createStatement()) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('')");
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
                }
                List<String> ops = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT rs.OP_IDENTIFIER, sp.SCAN_OBJECT_NAME FROM CASEPLAN.SYSXPLAIN_STATEMENTS s"
                                + " JOIN CASEPLAN.SYSXPLAIN_RESULTSETS rs ON rs.STMT_ID = s.STMT_ID"
                                + " LEFT JOIN CASEPLAN.SYSXPLAIN_SCAN_PROPS sp ON sp.SCAN_RS_ID = rs.SCAN_RS_ID"
                                + " WHERE s.STMT_TEXT LIKE '%ORDER BY%FILED_ON%'")) {
                    while (rs.next()) {
                        ops.add(rs.getString(1) + (rs.getString(2) == null ? "" : " " + rs.getString(2)));
                    }
                }
                try (Statement st = c.createStatement()) {
                    for (String t : List.of("SYSXPLAIN_SCAN_PROPS", "SYSXPLAIN_SORT_PROPS", "SYSXPLAIN_RESULTSETS",
                            "SYSXPLAIN_RESULTSET_TIMINGS", "SYSXPLAIN_STATEMENT_TIMINGS", "SYSXPLAIN_STATEMENTS")) {
                        st.execute("DELETE FROM CASEPLAN." + t);
                    }
                }
                assertThat(ops).as("the list's statement was recorded").isNotEmpty();
                return ops;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
