package cn.ecc.api.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the filing division hands it over. Null means "not given"; the case service names every
 * missing or wrong field at once.
 *
 * @param type            case type (required)
 * @param filedOn         filing date (立案日期); today when not given
 * @param cause           案由, e.g. 民间借贷纠纷
 * @param basis           执行依据: the legal document enforced, e.g. (2025)豫1330民初456号民事判决书 (required)
 * @param amount          amount applied for in yuan, two decimals at most, not negative (required)
 * @param nonLitigation   非诉执行 (its term is 3 months instead of 6)
 * @param applicants      申请执行人, at least one
 * @param respondents     被执行人, at least one
 * @param handler         the handler's (承办人) staff id when the filing division's random assignment chose one
 * @param filingReference the filing division's own reference for this case; a second case with the same
 *                        reference is refused, so re-sending a batch files nothing twice
 */
public record NewCase(
        CaseType type,
        LocalDate filedOn,
        String cause,
        String basis,
        BigDecimal amount,
        Boolean nonLitigation,
        List<Party> applicants,
        List<Party> respondents,
        String handler,
        String filingReference) {
}
