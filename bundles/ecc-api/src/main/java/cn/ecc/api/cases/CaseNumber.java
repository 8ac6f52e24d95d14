package cn.ecc.api.cases;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number (案号) such as {@code (2026)豫1330执123号}: year, court code, type code and sequence.
 * Both ASCII and full-width parentheses are read; the ASCII form is written, as the SPC's rules write it.
 */
public record CaseNumber(int year, String courtCode, CaseType type, int sequence) {

    private static final Pattern FORM = Pattern.compile(
            "[(（](\\d{4})[)）]\\s*([\\p{IsHan}]\\d{2,4}(?:[\\p{IsHan}]\\d{0,4})?)(执[\\p{IsHan}]?)(\\d{1,7})号");

    public CaseNumber {
        Objects.requireNonNull(courtCode, "courtCode");
        Objects.requireNonNull(type, "type");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    /** Reads a case number; empty when the text is not one. */
    public static Optional<CaseNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<CaseType> type = CaseType.byCode(m.group(3));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaseNumber(Integer.parseInt(m.group(1)), m.group(2), type.get(),
                Integer.parseInt(m.group(4))));
    }

    @Override
    public String toString() {
        return "(" + year + ")" + courtCode + type.code() + sequence + "号";
    }
}
