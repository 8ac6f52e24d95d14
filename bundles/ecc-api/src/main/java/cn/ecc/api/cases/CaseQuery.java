package cn.ecc.api.cases;

import cn.ecc.api.common.PageRequest;
import java.time.LocalDate;

/**
 * A search over cases; every criterion is optional.
 *
 * @param text matches the case number, a party's name or the basis document (contains, case-insensitive)
 */
public record CaseQuery(
        CaseStatus status,
        CaseType type,
        String handler,
        LocalDate filedFrom,
        LocalDate filedTo,
        String text,
        PageRequest page) {

    public CaseQuery {
        page = page == null ? PageRequest.first() : page;
    }

    public static CaseQuery all(PageRequest page) {
        return new CaseQuery(null, null, null, null, null, null, page);
    }
}
