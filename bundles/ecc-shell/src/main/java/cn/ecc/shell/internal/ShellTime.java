package cn.ecc.shell.internal;

import cn.ecc.api.common.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, times and durations as typed in the console and as printed back. */
final class ShellTime {

    private static final Pattern DURATION = Pattern.compile("(-?\\d+)([dhm])");

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

    /** 3d, 12h, 30m (negative to go back), or an ISO-8601 duration like P3DT2H. */
    static Duration duration(String field, String value) {
        String v = value == null ? "" : value.strip();
        Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        }
        try {
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "应为 3d、12h、30m 或 ISO-8601 时长（如 P3DT2H）");
        }
    }

    static String minutes(LocalDateTime t) {
        return t == null ? "-" : t.toString().replace('T', ' ').substring(0, Math.min(16, t.toString().length()));
    }
}
