package cn.ecc.api.calendar;

import java.time.LocalDate;

/**
 * One day of the calendar.
 *
 * @param name the holiday or arrangement it belongs to (元旦, 春节调休上班 …); null for ordinary days
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public boolean working() {
        return kind.working();
    }
}
