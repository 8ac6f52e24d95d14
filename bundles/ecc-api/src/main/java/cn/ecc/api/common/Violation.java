package cn.ecc.api.common;

import java.util.Objects;

/**
 * One thing wrong with an input: the field it concerns (a JSON path such as {@code respondents[0].idNumber},
 * a query parameter, a spreadsheet column) and a message for the user, in Chinese.
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation, its field placed under a parent path (e.g. {@code applicants[1]}). */
    public Violation under(String parent) {
        return new Violation(field.isEmpty() ? parent : parent + "." + field, message);
    }
}
