package cn.ecc.api.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case with its parties.
 *
 * @param version increases with every change; REST sends it as the ETag and expects it back in If-Match
 */
public record CaseDetail(
        long id,
        String number,
        int year,
        String courtCode,
        CaseType type,
        int sequence,
        CaseStatus status,
        String cause,
        String basis,
        BigDecimal amount,
        LocalDate filedOn,
        boolean nonLitigation,
        String handler,
        String filingReference,
        boolean keyCase,
        String keyCategory,
        ClosingType closingType,
        LocalDate closedOn,
        List<Party> applicants,
        List<Party> respondents,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public CaseDetail {
        applicants = List.copyOf(applicants);
        respondents = List.copyOf(respondents);
    }

    /** The same case with other party lists (used to mask personal data). */
    public CaseDetail withParties(List<Party> applicants, List<Party> respondents) {
        return new CaseDetail(id, number, year, courtCode, type, sequence, status, cause, basis, amount, filedOn,
                nonLitigation, handler, filingReference, keyCase, keyCategory, closingType, closedOn, applicants,
                respondents, version, createdAt, updatedAt);
    }
}
