package cn.ecc.core.internal.nodes;

import cn.ecc.api.common.PageRequest;
import cn.ecc.api.nodes.NodeQuery;
import cn.ecc.api.nodes.NodeState;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.Query;

/**
 * The searches for open nodes: the command center's board ({@code GET /api/nodes?state=due-soon}, the query it runs
 * all day over every node the court ever had), and one case's, one person's or one type's open nodes.
 *
 * <p>Derby keeps no histograms: it estimates {@code DONE = 0} as half of the table and a range against a bound "now"
 * by a fixed fraction, so among the indexes that start with {@code DONE} (or hold it second) it picked ones that
 * made it read every open node, or every overdue one, from the table to find a page: 0.4 s for the board with a
 * million nodes, a tenth of them open. So each statement names its index in Derby's {@code --DERBY-PROPERTIES}
 * comment, which other databases read as the comment it is: the filter's own index when there is a filter (case,
 * person, type), else for the count the index over the line it asks about (no row read) and for the page
 * {@code IX_NODE_OPEN_DUE}, read in the page's own order and left when the page is full.
 *
 * <p>A page that cannot fill is never left early: on a quiet day, with fewer nodes due soon than a page holds,
 * reading {@code IX_NODE_OPEN_DUE} in due order went through every open node due later, each read from the table
 * to compare its warning line (2 s for the board with 930,000 open nodes and none due soon). The count comes
 * first, so the search knows: when the page cannot fill, it reads the count's index instead, whose range holds
 * only the rows that can match, and sorts those few; when it can, the ordered scan stops at the page's end.
 */
final class OpenNodeSearch {

    private OpenNodeSearch() {
    }

    /**
     * The statements of a search and their parameters (the page's offset and limit come last): the count, the page
     * read in its own order, and the page read from the count's range, for a page that the total says cannot fill
     * (the same statement as {@code page} where a filter's index serves both).
     */
    record Statements(String count, String page, String pageThatCannotFill, List<Object> parameters) {

        /** The page's statement for a search with this total. */
        String pageFor(long total, PageRequest request) {
            return total < (long) request.offset() + request.limit() ? pageThatCannotFill : page;
        }
    }

    /** Completed nodes are searched by the service's JPQL: their own index and order (newest first). */
    static boolean covers(NodeQuery query) {
        return query.state() != NodeState.DONE;
    }

    static Statements of(NodeQuery query, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("DONE = ?");
        params.add(Boolean.FALSE);
        String countIndex;
        NodeState state = query.state();
        if (state == NodeState.DUE_SOON) {
            where.append(" AND WARN_AT <= ? AND DUE_AT >= ?");
            countIndex = "IX_NODE_OPEN_WARN";
            params.add(at);
            params.add(at);
        } else if (state == NodeState.OVERDUE) {
            where.append(" AND DUE_AT < ?");
            countIndex = "IX_NODE_OPEN_DUE";
            params.add(at);
        } else if (state == NodeState.OPEN) {
            // not warned yet, and so due later than now, which lets the page's scan start there
            where.append(" AND WARN_AT > ? AND DUE_AT > ?");
            countIndex = "IX_NODE_OPEN_WARN";
            params.add(at);
            params.add(at);
        } else if (state == null) {
            countIndex = "IX_NODE_OPEN_DUE";
        } else {
            throw new IllegalArgumentException("not an open state: " + state);
        }
        String pageIndex = "IX_NODE_OPEN_DUE";
        String filterIndex = null;
        if (query.caseId() != null) {
            where.append(" AND CASE_ID = ?");
            params.add(query.caseId());
            filterIndex = "IX_NODE_CASE";
        }
        if (query.responsible() != null && !query.responsible().isBlank()) {
            where.append(" AND RESPONSIBLE = ?");
            params.add(query.responsible().strip());
            filterIndex = filterIndex == null ? "IX_NODE_RESPONSIBLE" : filterIndex;
        }
        if (query.type() != null && !query.type().isBlank()) {
            where.append(" AND NODE_TYPE = ?");
            params.add(query.type().strip());
            filterIndex = filterIndex == null ? "IX_NODE_TYPE" : filterIndex;
        }
        if (query.dueBefore() != null) {
            where.append(" AND DUE_AT < ?");
            params.add(Timestamp.valueOf(query.dueBefore().plusDays(1).atStartOfDay()));
        }
        if (filterIndex != null) {
            countIndex = filterIndex;
            pageIndex = filterIndex;
        }
        // a hint ends at the end of its line: Derby reads it only there
        return new Statements("SELECT COUNT(*) FROM ECC_NODE --DERBY-PROPERTIES index=" + countIndex + "\nWHERE " + where,
                pageStatement(pageIndex, where), pageStatement(countIndex, where), List.copyOf(params));
    }

    private static String pageStatement(String index, CharSequence where) {
        return "SELECT * FROM ECC_NODE --DERBY-PROPERTIES index=" + index + "\nWHERE " + where
                + " ORDER BY DUE_AT, ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    static long count(EntityManager em, Statements s) {
        Query q = em.createNativeQuery(s.count());
        bind(q, s.parameters());
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The page, given the search's total: none past the end, and read the way that suits the total. */
    @SuppressWarnings("unchecked")
    static List<NodeEntity> page(EntityManager em, Statements s, PageRequest page, long total) {
        if (total <= page.offset()) {
            return List.of();
        }
        Query q = em.createNativeQuery(s.pageFor(total, page), NodeEntity.class);
        bind(q, s.parameters());
        q.setParameter(s.parameters().size() + 1, page.offset());
        q.setParameter(s.parameters().size() + 2, page.limit());
        return q.getResultList();
    }

    private static void bind(Query q, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
    }
}
