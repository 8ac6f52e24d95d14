package cn.ecc.docs.internal.xlsx;

import java.util.Locale;

/** What a cell's number format makes of its number: the number itself, or a date, a time, a date and time. */
final class CellFormats {

    enum Kind { NUMBER, DATE, TIME, DATE_TIME }

    private CellFormats() {
    }

    /** Excel's built-in formats (ECMA-376 18.8.30, with the ids East Asian versions of Excel use). */
    static Kind builtIn(int id) {
        if (id >= 14 && id <= 17 || id >= 27 && id <= 31 || id == 36 || id >= 50 && id <= 54 || id == 57 || id == 58) {
            return Kind.DATE;
        }
        if (id >= 18 && id <= 21 || id >= 32 && id <= 35 || id == 45 || id == 47 || id == 55 || id == 56) {
            return Kind.TIME;
        }
        if (id == 22) {
            return Kind.DATE_TIME;
        }
        return Kind.NUMBER;
    }

    /** A custom format code, e.g. {@code yyyy"年"m"月"d"日"} or {@code yyyy-mm-dd hh:mm}. */
    static Kind custom(String code) {
        if (code == null || code.isBlank()) {
            return Kind.NUMBER;
        }
        String section = stripLiterals(code.toLowerCase(Locale.ROOT));
        if (section == null) {
            // elapsed time ([h]:mm): a duration, not a point in time
            return Kind.NUMBER;
        }
        boolean date = section.indexOf('y') >= 0 || section.indexOf('d') >= 0;
        boolean time = section.indexOf('h') >= 0 || section.indexOf('s') >= 0;
        boolean month = section.indexOf('m') >= 0;
        if (date && time) {
            return Kind.DATE_TIME;
        }
        if (date) {
            return Kind.DATE;
        }
        if (time) {
            return Kind.TIME;
        }
        if (month && section.indexOf('0') < 0 && section.indexOf('#') < 0) {
            return Kind.DATE;
        }
        return Kind.NUMBER;
    }

    /**
     * The first section of the code with quoted text, escaped characters, fill and padding characters, colours
     * and locale tags removed; null when it is an elapsed-time format.
     */
    private static String stripLiterals(String code) {
        StringBuilder b = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            switch (c) {
                case '"' -> {
                    int end = code.indexOf('"', i + 1);
                    i = end < 0 ? code.length() : end;
                }
                case '\\', '_', '*' -> i++;
                case '[' -> {
                    int end = code.indexOf(']', i + 1);
                    String tag = end < 0 ? code.substring(i + 1) : code.substring(i + 1, end);
                    if (tag.matches("h+|m+|s+")) {
                        return null;
                    }
                    i = end < 0 ? code.length() : end;
                }
                case ';' -> {
                    return b.toString();
                }
                default -> b.append(c);
            }
        }
        String s = b.toString();
        return s.equals("general") ? "" : s;
    }
}
