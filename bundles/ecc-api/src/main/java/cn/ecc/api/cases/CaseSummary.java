package cn.ecc.api.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case as a row of a list: party names only, no personal data.
 */
public record CaseSummary(
        long id,
        String number,
        CaseType type,
        CaseStatus status,
        LocalDate filedOn,
        String handler,
        String applicants,
        String respondents,
        BigDecimal amount,
        boolean keyCase,
        ClosingType closingType) {
}
