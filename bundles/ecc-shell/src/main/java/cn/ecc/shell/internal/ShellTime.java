package cn.ecc.shell.internal;

import cn.ecc.api.common.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and times as typed in the console and as printed back. */
final class ShellTime {

    private ShellTime() {
    }

    static String weekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d.getDisplayName(TextStyle.FULL, Locale.CHINA);
    }

    /** 2026-03-02T09:00 or 2026-03-02 (its start). */
    static LocalDateTime dateTime(String field, String value) {
        String v = value == null ? "" : value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM，如 2026-03-02T09:00");
        }
    }

    static String minutes(LocalDateTime t) {
        return t == null ? "-" : t.toString().replace('T', ' ').substring(0, Math.min(16, t.toString().length()));
    }
}
