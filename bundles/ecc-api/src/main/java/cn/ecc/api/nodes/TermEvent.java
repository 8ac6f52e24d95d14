package cn.ecc.api.nodes;

import java.time.LocalDateTime;

/**
 * One change of a case term.
 *
 * @param kind       PAUSE, RESUME or EXTEND
 * @param reason     why it paused (PAUSE and RESUME)
 * @param days       days added: lost while paused (RESUME) or granted (EXTEND)
 * @param approvalId the approval that granted an extension (EXTEND)
 */
public record TermEvent(String kind, TermPauseReason reason, int days, Long approvalId, LocalDateTime at,
        String actor) {

    public static final String PAUSE = "PAUSE";
    public static final String RESUME = "RESUME";
    public static final String EXTEND = "EXTEND";
}
