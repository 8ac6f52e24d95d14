package cn.ecc.api.calendar;

import java.util.List;

/**
 * A year's arrangement.
 *
 * @param year        the year
 * @param official    whether the official holiday arrangement of the year is known (a data file exists); if not,
 *                    only weekends are rest days and {@code warnings} says so
 * @param sources     the notices the data comes from (国务院办公厅通知, a local closure notice …)
 * @param workingDays how many working days the year has
 * @param restDays    holidays and closures (not ordinary weekends), by date
 * @param workdays    make-up working days (调休上班) and local working days, by date
 * @param warnings    what the user must know (no data for the year, a data file that could not be read)
 */
public record YearCalendar(int year, boolean official, List<String> sources, int workingDays,
        List<CalendarDay> restDays, List<CalendarDay> workdays, List<String> warnings) {

    public YearCalendar {
        sources = List.copyOf(sources);
        restDays = List.copyOf(restDays);
        workdays = List.copyOf(workdays);
        warnings = List.copyOf(warnings);
    }
}
