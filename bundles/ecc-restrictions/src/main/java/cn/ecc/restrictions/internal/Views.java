package cn.ecc.restrictions.internal;

import cn.ecc.api.cases.PartyKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the restrictions area takes and answers over REST and in the shell. */
public final class Views {

    private Views() {
    }

    // ------------------------------------------------------------------ requests (input)

    /**
     * A request to list a respondent.
     *
     * @param caseId       the case
     * @param partyId      the respondent (被执行人), by the party id the case answers
     * @param restrictions one or both measures, each with its ground
     * @param graceMonths  宽限期 before it takes effect: null or 0 for none, else 1–3 months
     * @param birthDate    only for a natural person without a citizen ID number (to check the age)
     * @param reason       the facts (申请理由)
     */
    public record ListingInput(Long caseId, Long partyId, List<Measure> restrictions, Integer graceMonths,
            LocalDate birthDate, String reason) {
    }

    /** One measure asked for and its legal ground. */
    public record Measure(RestrictionType type, Ground ground) {
    }

    /** A request to extend a 失信 listing's term by 1–3 years (in all). */
    public record ExtensionInput(Long restrictionId, Integer years, String reason) {
    }

    /**
     * A request to remove restrictions of one case (撤销、删除、屏蔽、解除).
     *
     * @param performedOn for {@link RemovalKind#PERFORMED}: the day the obligations were performed (履行完毕)
     */
    public record RemovalInput(List<Long> restrictionIds, RemovalKind kind, LocalDate performedOn, String reason) {
    }

    /** A request to lift a travel ban for a dated period of at most one month. */
    public record TemporaryLiftInput(Long restrictionId, LocalDate from, LocalDate to, String reason) {
    }

    // ------------------------------------------------------------------ answers

    /** A request and where its approval stands. */
    public record RequestView(long id, RequestKind kind, String kindLabel, RequestState state, String stateLabel,
            long caseId, String caseNumber, Long approvalId, String requestedBy, Instant requestedAt, String summary,
            String reason, List<Long> restrictionIds, RemovalKind removalKind, LocalDate performedOn,
            LocalDate deleteBy, LocalDate liftFrom, LocalDate liftTo, Integer extensionYears, Instant decidedAt,
            String approvers, String outcome) {

        public RequestView {
            restrictionIds = List.copyOf(restrictionIds);
        }
    }

    /** A restriction as recorded; {@code idNumber} masked. */
    public record RestrictionView(long id, long caseId, String caseNumber, Long partyId, String personName,
            PartyKind personKind, String idNumber, RestrictionType type, String typeLabel, Ground ground,
            String groundLabel, String groundBasis, RestrictionState state, String stateLabel,
            boolean temporarilyLifted, LocalDate decidedOn, int graceMonths, LocalDate graceUntil,
            LocalDate effectiveOn, Integer termMonths, int extensionMonths, LocalDate endsOn, boolean endsProvisional,
            String termText, LocalDate endedOn, RemovalKind endKind, String endKindLabel, String endReason,
            String requestedBy, long listingApprovalId, String listingApprovers, Long removalApprovalId,
            String removalApprovers, LocalDate performedOn, List<LiftView> lifts, long version) {

        public RestrictionView {
            lifts = List.copyOf(lifts);
        }
    }

    /** An approved temporary lifting. */
    public record LiftView(LocalDate from, LocalDate to, String reason, long approvalId, String approvers) {
    }

    /** Which lines of the ledger (by their date, inclusive); every criterion optional. */
    public record LedgerQuery(LocalDate from, LocalDate to, RestrictionType type, LedgerAction action, Long caseId) {
    }

    /** A line of the 纳入/撤销台帐; {@code idNumber} masked. */
    public record LedgerLine(long seq, LocalDate date, LedgerAction action, String actionLabel, long restrictionId,
            long caseId, String caseNumber, String personName, PartyKind personKind, String idNumber,
            RestrictionType type, String typeLabel, Ground ground, String groundLabel, RemovalKind removalKind,
            LocalDate effectiveOn, LocalDate endsOn, LocalDate graceUntil, String detail, String reason,
            Long approvalId, String requestedBy, String approvers, Instant recordedAt) {
    }

    /** The month's figures of one measure, in the form the intermediate court receives. */
    public record StatisticsRow(RestrictionType type, String typeLabel, long listed, long removed,
            long removedAfterPerformance, long expired, long inForce, long inGrace, long listedInAll) {
    }

    /**
     * The monthly statistics (失信、限高统计).
     *
     * @param month   e.g. {@code 2026-03}
     * @param rows    one per measure
     * @param total   their sum
     */
    public record Statistics(String month, LocalDate from, LocalDate to, String court, String superiorCourt,
            List<StatisticsRow> rows, StatisticsRow total) {

        public Statistics {
            rows = List.copyOf(rows);
        }
    }
}
