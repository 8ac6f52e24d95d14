package cn.ecc.api.nodes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A case's term (审限): {@code months} from filing, plus the days lost while paused, plus approved extensions;
 * a term that ends on a rest day ends on the next working day.
 *
 * @param startedOn     the filing date
 * @param months        6, or 3 for non-litigation enforcement (per the court's rules at filing)
 * @param baseEnd       {@code startedOn} plus {@code months}, before pauses and extensions
 * @param pausedDays    days lost to finished pauses, added to the term
 * @param extensionDays days granted by approved extensions
 * @param dueOn         the term's last day; null while paused (the term does not run)
 * @param pausedSince   when the open pause began; null when running
 * @param pauseReason   why it is paused; null when running
 * @param nodeId        the case-term node that carries the deadline for warnings
 * @param history       pauses, resumptions and extensions, oldest first
 */
public record CaseTerm(long caseId, String caseNumber, LocalDate startedOn, int months, LocalDate baseEnd,
        int pausedDays, int extensionDays, LocalDate dueOn, LocalDateTime pausedSince, TermPauseReason pauseReason,
        long nodeId, List<TermEvent> history) {

    public CaseTerm {
        history = List.copyOf(history);
    }

    public boolean paused() {
        return pausedSince != null;
    }
}
