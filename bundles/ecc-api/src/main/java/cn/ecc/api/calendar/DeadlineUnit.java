package cn.ecc.api.calendar;

/**
 * How a deadline's length is counted.
 */
public enum DeadlineUnit {
    /** Exact hours from the start; never moved off a rest day (e.g. 72 小时内完成总对总查控). */
    HOURS("小时"),
    /**
     * Days from the start's date; a deadline that ends on a rest day moves to the next working day (法定节假日顺延).
     */
    CALENDAR_DAYS("日"),
    /**
     * Working days strictly after the start's date: ordinary weekends and holidays do not count, make-up
     * working days (调休上班) do.
     */
    WORKING_DAYS("个工作日"),
    /**
     * Months from the start's date, ending on the corresponding day (the month's last day where there is
     * none, e.g. Jan 31 + 1 month = Feb 28/29); a deadline that ends on a rest day moves to the next working day.
     */
    MONTHS("个月");

    private final String label;

    DeadlineUnit(String label) {
        this.label = label;
    }

    /** The unit as it follows a number in Chinese: 3个工作日, 72小时. */
    public String label() {
        return label;
    }

    /** Whether deadlines in this unit end at the end of a day (all but {@link #HOURS}). */
    public boolean dayBased() {
        return this != HOURS;
    }
}
