package cn.ecc.api.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A computed deadline.
 *
 * @param from     the start (for day-based units only its date counts)
 * @param amount   the length, in {@code unit}
 * @param unit     how the length is counted
 * @param dueDate  the day the deadline falls on
 * @param dueAt    the deadline itself: {@code from} plus the hours for {@link DeadlineUnit#HOURS}, otherwise the end
 *                 of {@code dueDate} (23:59:59)
 * @param warnings why the answer may be inexact, in Chinese (a year the calculation touched has no holiday
 *                 data, so only weekends were skipped); empty when exact
 */
public record DueDate(LocalDateTime from, int amount, DeadlineUnit unit, LocalDate dueDate, LocalDateTime dueAt,
        List<String> warnings) {

    public DueDate {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
