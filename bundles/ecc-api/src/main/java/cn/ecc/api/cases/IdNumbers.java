package cn.ecc.api.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of Chinese identification numbers: the 18-digit citizen ID (GB 11643, with its check digit), the
 * old 15-digit one, and the 18-character unified social credit code of organisations (GB 32100).
 */
public final class IdNumbers {

    private static final Pattern CITIZEN_18 = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern CITIZEN_15 = Pattern.compile("\\d{15}");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** Whether the text is a citizen ID number: 18 digits with a correct check digit, or the old 15 digits. */
    public static boolean isCitizenId(String id) {
        if (id == null) {
            return false;
        }
        String s = id.toUpperCase();
        if (CITIZEN_15.matcher(s).matches()) {
            return birthDate(s).isPresent();
        }
        if (!CITIZEN_18.matcher(s).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11] == s.charAt(17) && birthDate(s).isPresent();
    }

    /** Whether the text has the form of a unified social credit code. */
    public static boolean isCreditCode(String code) {
        return code != null && CREDIT_CODE.matcher(code.toUpperCase()).matches();
    }

    /** The birth date a citizen ID number carries, if it carries a real one. */
    public static Optional<LocalDate> birthDate(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            if (id.length() == 18) {
                return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                        Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
            }
            if (id.length() == 15) {
                return Optional.of(LocalDate.of(1900 + Integer.parseInt(id.substring(6, 8)),
                        Integer.parseInt(id.substring(8, 10)), Integer.parseInt(id.substring(10, 12))));
            }
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
