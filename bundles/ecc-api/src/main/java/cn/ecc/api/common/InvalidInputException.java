package cn.ecc.api.common;

import java.util.List;
import java.util.stream.Collectors;

/** The input is wrong; nothing was changed. REST answers 400 naming each field, the shell prints one line. */
public class InvalidInputException extends EccException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
