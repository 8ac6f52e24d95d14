package cn.ecc.restrictions.internal;

import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.calendar.DueDate;
import cn.ecc.api.calendar.WorkCalendar;
import java.time.LocalDate;

/**
 * The dates of a restriction on the court's calendar: the grace period (宽限期) from the decision, the first day
 * in force after it, and the last day of the term counted from that day. Months end on the corresponding day
 * (the month's last day where there is none) and move off a rest day to the next working day, as the
 * calendar's {@link DeadlineUnit#MONTHS} does.
 */
final class Terms {

    static final int MIN_GRACE_MONTHS = 1;
    static final int MAX_GRACE_MONTHS = 3;
    static final int MIN_EXTENSION_YEARS = 1;
    /** 失信规定第二条: 可以延长一至三年 (in all). */
    static final int MAX_EXTENSION_YEARS = 3;
    /** 暂时解除: 最长不超过一个月. */
    static final int MAX_LIFT_MONTHS = 1;

    private final WorkCalendar calendar;

    Terms(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param graceUntil  the last day of the grace period; null without one
     * @param effectiveOn the first day in force
     * @param endsOn      the last day in force when the term runs out; null without a fixed term
     * @param provisional the end touched a year whose holiday arrangement is not known yet
     */
    record Schedule(LocalDate graceUntil, LocalDate effectiveOn, LocalDate endsOn, boolean provisional) {
    }

    /**
     * @param decidedOn       the day the listing was approved
     * @param graceMonths     0 for none, else 1–3
     * @param termMonths      null for no fixed term
     * @param extensionMonths approved extensions, added to the term
     */
    Schedule schedule(LocalDate decidedOn, int graceMonths, Integer termMonths, int extensionMonths) {
        boolean provisional = false;
        LocalDate graceUntil = null;
        LocalDate effectiveOn = decidedOn;
        if (graceMonths > 0) {
            DueDate grace = calendar.due(decidedOn, graceMonths, DeadlineUnit.MONTHS);
            graceUntil = grace.dueDate();
            effectiveOn = graceUntil.plusDays(1);
        }
        LocalDate endsOn = null;
        if (termMonths != null) {
            // counted from the first day in force as one span, so that an extension does not add a second move
            // off a rest day to the first one
            DueDate end = end(effectiveOn, termMonths + extensionMonths);
            endsOn = end.dueDate();
            provisional = !end.warnings().isEmpty();
        }
        return new Schedule(graceUntil, effectiveOn, endsOn, provisional);
    }

    /**
     * The term of a new listing on the ground, in months, from the court's configuration: 失信 2 years by
     * default, none on the grounds the court declares termless (Art. 2 of the 失信 rules sets the 2 years for
     * grounds (二)–(六) only, which some courts read as no term for ground (一)); 限高 none unless the court sets
     * one. Null: no fixed term.
     */
    static Integer termMonths(RestrictionsConfig config, Ground ground) {
        if (ground.type() == RestrictionType.CONSUMPTION) {
            return config.consumptionTermYears() > 0 ? config.consumptionTermYears() * 12 : null;
        }
        for (String termless : config.termlessGrounds()) {
            if (termless != null && termless.strip().equalsIgnoreCase(ground.name())) {
                return null;
            }
        }
        return Math.max(1, config.dishonestTermYears()) * 12;
    }

    /** The end of a term of {@code months} counted from the first day in force. */
    DueDate end(LocalDate effectiveOn, int months) {
        return calendar.due(effectiveOn, months, DeadlineUnit.MONTHS);
    }

    /** Whether the calendar knows the official holiday arrangement of the year. */
    boolean covers(int year) {
        return calendar.covers(year);
    }

    /** The last day a temporary lifting that starts on {@code from} may reach. */
    static LocalDate latestLiftEnd(LocalDate from) {
        return from.plusMonths(MAX_LIFT_MONTHS);
    }
}
