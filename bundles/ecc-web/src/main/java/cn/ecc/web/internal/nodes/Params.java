package cn.ecc.web.internal.nodes;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.nodes.NodeState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Query and path parameters of the deadline endpoints, refused naming the parameter. */
final class Params {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Params() {
    }

    /** A local date-time (2026-09-30T10:00, seconds optional); a plain date is its start. */
    static LocalDateTime dateTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "时间无效，应为 YYYY-MM-DDTHH:MM 格式的真实时间，如 2026-09-30T10:00");
        }
    }

    /** The ISO form without seconds when there are none, as people write it. */
    static String format(LocalDateTime t) {
        return t.getSecond() == 0 && t.getNano() == 0 ? MINUTES.format(t) : t.toString();
    }

    /** {@code due-soon}, {@code overdue}, {@code open} or {@code done} (the enum names work too). */
    static NodeState state(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return NodeState.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "取值无效，可选：due-soon, overdue, open, done");
        }
    }

    static long id(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.of(field, "应为编号（整数）");
        }
    }
}
