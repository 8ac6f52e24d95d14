package cn.ecc.api.approvals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An approval with its chain of steps. {@code currentStep} is the open step's index, -1 once final. */
public record ApprovalView(long id, ApprovalType type, long caseId, String caseNumber, String requester,
        String reason, Map<String, String> details, ApprovalState state, List<ApprovalStep> steps, int currentStep,
        Instant requestedAt, Instant decidedAt, long version) {

    public ApprovalView {
        details = Map.copyOf(details);
        steps = List.copyOf(steps);
    }
}
