package cn.ecc.intake.internal;

import cn.ecc.intake.internal.assign.AssignmentMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the intake area answers over REST and prints in the shell. */
public final class Views {

    private Views() {
    }

    /** How a case got its first handler. */
    public record Assignment(long caseId, String caseNumber, String handler, AssignmentMethod method,
            String methodLabel, List<Candidate> candidates, String rule, String draw, String assignedBy,
            Instant assignedAt) {
    }

    /** A judge who could have been drawn, with the open caseload the draw saw. */
    public record Candidate(String username, long openCases) {
    }

    /** A case's initial documents and whether they were sent. */
    public record Documents(long caseId, String caseNumber, List<DocumentLink> documents, Instant sentAt,
            String sentBy) {
    }

    /** One printable document. */
    public record DocumentLink(String id, String title, String pdf) {
    }

    /** 系列案件: the cases of one applicant filed on one day. */
    public record Series(LocalDate filedOn, String applicants, List<SeriesCase> cases) {
    }

    /** A case of a series. */
    public record SeriesCase(long caseId, String caseNumber) {
    }

    /** Which documents to print for which cases, in one PDF. */
    public record PrintRequest(List<Long> caseIds, List<String> documents) {
    }

    /** Who to assign, or null to draw. */
    public record AssignRequest(String handler) {
    }
}
