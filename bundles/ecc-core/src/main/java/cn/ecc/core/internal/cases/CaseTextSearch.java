package cn.ecc.core.internal.cases;

import cn.ecc.api.common.PageRequest;
import cn.ecc.persistence.JpqlPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * The cases that pass a search's filters and whose number, basis or a party's name contains a text, as the count
 * and one page in the list's order (newest filing first).
 *
 * <p>Asked as one condition (the case's columns, or an EXISTS over its parties) the database probes the parties of
 * every case, for the count and again for the page: 1.3 s for a text found nowhere among 155,000 cases, which is
 * what a search for a person or a case number mostly is. So the text is first looked for in each table once (the
 * parties' names, then the cases' own columns with the filters), each read stopping once it has found more than a
 * few ({@link #FEW}); when neither has, the few cases are put in order by their filing dates, read by id. A text
 * found in many cases (a common word of company names) is asked as the one condition after all: its page fills
 * from the first cases in the list's order, and nothing holds thousands of ids in memory.
 */
final class CaseTextSearch {

    /** Up to how many matches in either table a text counts as found in few cases. */
    static final int FEW = 2_000;
    /** Ids per read by id: always this many (the last padded), so that the database compiles one statement. */
    private static final int CHUNK = 500;
    /** The case list's order, which its index {@code IX_CASE_LIST} has. */
    static final String LIST_ORDER = "c.filedOn DESC, c.id DESC";
    private static final Comparator<Object[]> NEWEST_FIRST = Comparator
            .comparing((Object[] r) -> (LocalDate) r[1]).thenComparing(r -> (Long) r[0]).reversed();

    private final int few;

    CaseTextSearch() {
        this(FEW);
    }

    CaseTextSearch(int few) {
        this.few = few;
    }

    /**
     * @param where the filters, a JPQL condition on {@code c} starting with " WHERE"
     * @param like  the text as a LIKE pattern, lower case, escaped with a backslash
     */
    JpqlPage<CaseEntity> find(EntityManager em, String where, Map<String, Object> params, String like,
            PageRequest page) {
        // the parties first: a text found in many cases is mostly part of many names (公司, 有限, a surname)
        List<Long> byParty = em.createQuery(
                "SELECT p.owner.id FROM PartyEntity p WHERE LOWER(p.name) LIKE :text ESCAPE '\\'", Long.class)
                .setParameter("text", like).setMaxResults(few + 1).getResultList();
        if (byParty.size() > few) {
            return asOneCondition(em, where, params, like, page);
        }
        TypedQuery<Long> own = em.createQuery("SELECT c.id FROM CaseEntity c" + where
                + " AND (LOWER(c.number) LIKE :text ESCAPE '\\' OR LOWER(c.basis) LIKE :text ESCAPE '\\')", Long.class);
        params.forEach(own::setParameter);
        List<Long> byCase = own.setParameter("text", like).setMaxResults(few + 1).getResultList();
        if (byCase.size() > few) {
            return asOneCondition(em, where, params, like, page);
        }
        Set<Long> found = new HashSet<>(byCase);
        found.addAll(byParty);
        if (found.isEmpty()) {
            return new JpqlPage<>(0, List.of());
        }
        // the filters again, for the parties' cases, and the filing dates for the order
        List<Object[]> rows = new ArrayList<>();
        List<Long> ids = List.copyOf(found);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = new ArrayList<>(ids.subList(from, Math.min(from + CHUNK, ids.size())));
            while (chunk.size() < CHUNK) {
                chunk.add(chunk.get(0));
            }
            TypedQuery<Object[]> dated = em.createQuery(
                    "SELECT c.id, c.filedOn FROM CaseEntity c" + where + " AND c.id IN :ids", Object[].class);
            params.forEach(dated::setParameter);
            rows.addAll(dated.setParameter("ids", chunk).getResultList());
        }
        rows.sort(NEWEST_FIRST);
        List<Long> pageIds = rows.stream().skip(page.offset()).limit(page.limit()).map(r -> (Long) r[0]).toList();
        return new JpqlPage<>(rows.size(), byIds(em, pageIds));
    }

    private static JpqlPage<CaseEntity> asOneCondition(EntityManager em, String where, Map<String, Object> params,
            String like, PageRequest page) {
        Map<String, Object> withText = new HashMap<>(params);
        withText.put("text", like);
        return JpqlPage.of(em, CaseEntity.class, "CaseEntity c", where
                + " AND (LOWER(c.number) LIKE :text ESCAPE '\\' OR LOWER(c.basis) LIKE :text ESCAPE '\\'"
                + " OR EXISTS (SELECT p.id FROM PartyEntity p WHERE p.owner = c"
                + " AND LOWER(p.name) LIKE :text ESCAPE '\\'))",
                LIST_ORDER, withText, page.offset(), page.limit());
    }

    /** These cases, in this order. */
    private static List<CaseEntity> byIds(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseEntity> byId = em.createQuery("SELECT c FROM CaseEntity c WHERE c.id IN :ids", CaseEntity.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(CaseEntity::getId, c -> c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
