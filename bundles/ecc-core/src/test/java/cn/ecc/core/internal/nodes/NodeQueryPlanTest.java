package cn.ecc.core.internal.nodes;

import static cn.ecc.core.internal.nodes.Engine.CLERK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecc.api.common.PageRequest;
import cn.ecc.api.nodes.NodeQuery;
import cn.ecc.api.nodes.NodeState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The node searches read an index, and only about the rows they answer, among many nodes of which few are open:
 * the plan Derby chose for the SQL that EclipseLink generated from the service's JPQL (the page's statement, the
 * search's last). Not a timing: a plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeQueryPlanTest {

    static final int NODES = 60_000;
    private static final Pattern VISITED = Pattern.compile("Number of rows visited=(\\d+)");

    private Engine e;

    @BeforeAll
    void load() {
        e = new Engine(LocalDateTime.of(2026, 3, 2, 9, 0));
        e.tx.required(em -> {
            try {
                Connection c = em.unwrap(Connection.class);
                PreparedStatement ins = c.prepareStatement("INSERT INTO ECC_NODE (VERSION, CASE_ID, CASE_NO,"
                        + " NODE_TYPE, LABEL, STARTED_AT, DUE_AT, WARN_AT, RESPONSIBLE, RESPONSIBLE_ROLE, HANDLER_NODE,"
                        + " NOTIFY_ROLES, DONE, MARKED, COMPLETED_AT, CREATED_AT, CREATED_BY)"
                        + " VALUES (1, ?, 'x', ?, 'l', ?, ?, ?, ?, 'judge', 0, 'chief', ?, ?, ?, ?, 'x')");
                LocalDateTime first = LocalDateTime.of(2025, 1, 1, 0, 0);
                for (int i = 0; i < NODES; i++) {
                    // a tenth still open, most of those overdue, a few due soon, as in a court some years in
                    boolean done = i % 10 != 0;
                    LocalDateTime due = first.plusMinutes(15L * i);
                    ins.setLong(1, i / 6);
                    ins.setString(2, "type-" + i % 25);
                    ins.setTimestamp(3, Timestamp.valueOf(due.minusDays(10)));
                    ins.setTimestamp(4, Timestamp.valueOf(due));
                    ins.setTimestamp(5, Timestamp.valueOf(due.minusDays(3)));
                    ins.setString(6, "u" + i % 40);
                    ins.setBoolean(7, done);
                    ins.setString(8, done ? "DONE" : "OVERDUE");
                    ins.setTimestamp(9, done ? Timestamp.valueOf(due.minusDays(1)) : null);
                    ins.setTimestamp(10, Timestamp.valueOf(due.minusDays(10)));
                    ins.addBatch();
                    if (i % 5000 == 4999) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
                try (Statement st = c.createStatement()) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'ECC_NODE', NULL)");
                }
            } catch (SQLException x) {
                throw new IllegalStateException(x);
            }
            return null;
        });
        // "now" is inside the data: most of the open nodes are overdue, some are still to come
        e.at(2026, 5, 1, 9, 0);
    }

    @AfterAll
    void close() {
        e.close();
    }

    /**
     * Each search reads an index, never the table, and visits at most the rows that can match: about a page when
     * asking for the whole court's open nodes by state (the board names its indexes: Derby, without histograms,
     * chose to read all 6,000 open nodes from the table to find the few due soon), one person's nodes when asking
     * for those. The whole court's completed
     * nodes without another filter are left out: EclipseLink binds the page size as a parameter, so Derby plans for
     * every completed node, and reads them all (see the README).
     */
    @ParameterizedTest(name = "state {0}, responsible {1}")
    @CsvSource(nullValues = "-", value = {
        "OVERDUE,  -,   100",
        "DUE_SOON, -,   100",
        "OPEN,     -,   100",
        "-,        -,   100",
        "OVERDUE,  u10, 1201",
        "DONE,     u7,  1501"})
    void aPageOfNodesReadsAnIndexAndOnlyWhatCanMatch(String state, String responsible, int mostVisited) {
        assertReadsAnIndexVisitingAtMost(new NodeQuery(state == null ? null : NodeState.valueOf(state), responsible,
                null, null, null, PageRequest.first()), mostVisited);
    }

    /**
     * A quiet day: about 15 nodes due soon, fewer than a page holds, and 6,000 open nodes due later. A scan in due
     * order cannot stop at a full page and read every later node from the table to compare its warning line; the
     * board reads the count's range instead, and answers what a plain query answers.
     */
    @Test
    void aBoardWithFewerNodesDueSoonThanAPageReadsOnlyThose() {
        e.at(2024, 12, 30, 12, 0);
        try {
            NodeQuery board = new NodeQuery(NodeState.DUE_SOON, null, null, null, null, PageRequest.first());
            assertReadsAnIndexVisitingAtMost(board, 100);
            assertAnswersWhatAPlainQueryAnswers(NodeState.DUE_SOON, null, LocalDateTime.of(2024, 12, 30, 12, 0));
            assertThat(e.nodes.search(board, CLERK).total()).isLessThan(PageRequest.DEFAULT_LIMIT);
            assertThat(e.nodes.search(new NodeQuery(NodeState.DUE_SOON, null, null, null, null,
                    new PageRequest(20, 40)), CLERK).items()).isEmpty();
        } finally {
            e.at(2026, 5, 1, 9, 0);
        }
    }

    private void assertReadsAnIndexVisitingAtMost(NodeQuery query, int mostVisited) {
        String plan = e.tx.required(em -> {
            try {
                Connection c = em.unwrap(Connection.class);
                try (Statement st = c.createStatement()) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                }
                e.nodes.search(query, CLERK);
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    rs.next();
                    return rs.getString(1);
                }
            } catch (SQLException x) {
                throw new IllegalStateException(x);
            }
        });
        assertThat(plan).as(plan).contains("Index Scan ResultSet for ECC_NODE using index IX_NODE_")
                .doesNotContain("Table Scan");
        Matcher visited = VISITED.matcher(plan);
        assertThat(visited.find()).as(plan).isTrue();
        assertThat(Integer.parseInt(visited.group(1))).as(plan).isLessThanOrEqualTo(mostVisited);
    }

    /**
     * The open-node searches answer what a plain query over the same rows answers: the same total, the same first
     * page in the same order.
     */
    @ParameterizedTest(name = "state {0}, responsible {1}")
    @CsvSource(nullValues = "-", value = {"OVERDUE, -", "DUE_SOON, -", "OPEN, -", "-, -", "OVERDUE, u10", "-, u10"})
    void theSearchesAnswerWhatAPlainQueryAnswers(String state, String responsible) {
        assertAnswersWhatAPlainQueryAnswers(state == null ? null : NodeState.valueOf(state), responsible,
                LocalDateTime.of(2026, 5, 1, 9, 0));
    }

    private void assertAnswersWhatAPlainQueryAnswers(NodeState st, String responsible, LocalDateTime now) {
        var page = e.nodes.search(new NodeQuery(st, responsible, null, null, null, new PageRequest(50, 0)), CLERK);
        List<NodeEntity> all = e.tx.read(em -> em.createQuery("SELECT n FROM NodeEntity n WHERE n.done = false"
                + " ORDER BY n.dueAt, n.id", NodeEntity.class).getResultList()).stream()
                .filter(n -> responsible == null || responsible.equals(n.responsible))
                .filter(n -> st == null || NodeBook.view(n, now).state() == st).toList();
        assertThat(page.total()).isEqualTo(all.size()).isPositive();
        assertThat(page.items()).extracting(n -> n.id())
                .containsExactlyElementsOf(all.stream().limit(50).map(n -> n.id).toList());
    }
}
