package cn.ecc.api.cases;

import java.math.BigDecimal;
import java.util.List;

/**
 * Changes to a case's data. A null field is left as it is; a list, when given, replaces the list.
 * The handler changes only through the handler-change approval, the status through the case's own
 * operations, so neither is here.
 */
public record CasePatch(
        String cause,
        String basis,
        BigDecimal amount,
        Boolean nonLitigation,
        Boolean keyCase,
        String keyCategory,
        List<Party> applicants,
        List<Party> respondents) {
}
