package cn.ecc.restrictions.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Fictional citizen ID numbers with a correct check digit, for a chosen birth date. */
final class Ids {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private Ids() {
    }

    static String born(LocalDate birth) {
        return born(birth, "411330", "123");
    }

    static String born(LocalDate birth, String region, String sequence) {
        String first = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * WEIGHTS[i];
        }
        return first + CHECK[sum % 11];
    }
}
