package cn.ecc.api.privacy;

/**
 * Masks personal data for lists and logs. The full value is shown only to a permission holder.
 * Every method accepts null and answers null.
 */
public final class Masks {

    private Masks() {
    }

    /** {@code 411330199001011234} becomes {@code 4113**********1234}: region prefix and last four stay. */
    public static String idNumber(String value) {
        return keep(value, 4, 4);
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    /**
     * Keeps the first six characters of an address (province, city, county in most Chinese addresses)
     * and hides the street and house number.
     */
    public static String address(String value) {
        if (value == null) {
            return null;
        }
        int[] cps = value.codePoints().toArray();
        if (cps.length <= 6) {
            return "*".repeat(cps.length);
        }
        return new String(cps, 0, 6) + "****";
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int[] cps = value.strip().codePoints().toArray();
        int n = cps.length;
        if (n <= head + tail) {
            // too short to keep anything without revealing most of it
            return "*".repeat(n);
        }
        return new String(cps, 0, head) + "*".repeat(n - head - tail) + new String(cps, n - tail, tail);
    }
}
