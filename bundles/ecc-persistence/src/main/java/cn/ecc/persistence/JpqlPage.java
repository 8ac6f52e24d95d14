package cn.ecc.persistence;

import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * The count of a JPQL selection and one page of it, built from the same condition and parameters, so that a list's
 * total and its rows can never be asked differently.
 *
 * @param total how many rows the condition selects
 * @param rows  the page of them
 */
public record JpqlPage<T>(long total, List<T> rows) {

    /**
     * @param entity  the entity and its alias, e.g. {@code "CaseEntity c"}; the page selects the alias
     * @param where   the condition, starting with {@code " WHERE"}, or empty
     * @param orderBy the page's order, e.g. {@code "c.filedOn DESC, c.id DESC"}
     */
    public static <T> JpqlPage<T> of(EntityManager em, Class<T> type, String entity, String where, String orderBy,
            Map<String, ?> params, int offset, int limit) {
        String alias = entity.substring(entity.lastIndexOf(' ') + 1);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") FROM " + entity + where, Long.class);
        TypedQuery<T> rows = em.createQuery("SELECT " + alias + " FROM " + entity + where + " ORDER BY " + orderBy,
                type);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        return new JpqlPage<>(count.getSingleResult(),
                rows.setFirstResult(offset).setMaxResults(limit).getResultList());
    }
}
