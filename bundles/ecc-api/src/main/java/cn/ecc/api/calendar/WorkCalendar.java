package cn.ecc.api.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The court's working-day calendar. The official holiday arrangement of each year is data (one file per
 * year, shipped for the years known at release and added by the court for later years, together with local
 * closures); a year without data is computed from weekends only, and every answer that touched such a year
 * carries a warning.
 */
@ProviderType
public interface WorkCalendar {

    /**
     * A deadline {@code amount} units after {@code from} (see {@link DeadlineUnit} for how each unit counts).
     *
     * @throws cn.ecc.api.common.InvalidInputException naming {@code from}, {@code amount} or {@code unit} when one is
     *                                                 missing or out of range
     */
    DueDate due(LocalDateTime from, int amount, DeadlineUnit unit);

    /** {@link #due(LocalDateTime, int, DeadlineUnit)} from the start of a day. */
    default DueDate due(LocalDate from, int amount, DeadlineUnit unit) {
        return due(from == null ? null : from.atStartOfDay(), amount, unit);
    }

    /** What the day is: working day, weekend, holiday, make-up working day, closure. */
    CalendarDay day(LocalDate date);

    default boolean isWorkingDay(LocalDate date) {
        return day(date).working();
    }

    /** Whether the year's official holiday arrangement is known. */
    boolean covers(int year);

    /** The year's rest days and make-up working days. */
    YearCalendar year(int year);
}
