package cn.ecc.intake.internal.docs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in yuan written in Chinese capital numerals (人民币大写), as payment documents require
 * (《支付结算办法》): 元 is followed by 整 when there are no 角 or 分; 零 stands for skipped places.
 */
public final class RmbUpper {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    /** The fourth group (万亿) is written 万 and shares the 亿 that closes the third: 壹万贰仟亿. */
    private static final String[] GROUPS = {"", "万", "亿", "万"};

    private RmbUpper() {
    }

    public static String of(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        String integer = a.toBigInteger().toString();
        if (integer.length() > 16) {
            throw new IllegalArgumentException("amount too large");
        }
        int cents = a.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        int jiao = cents / 10;
        int fen = cents % 10;
        StringBuilder out = new StringBuilder();
        if (!"0".equals(integer)) {
            out.append(integerPart(integer)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return out.length() == 0 ? "零元整" : out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(DIGITS[jiao]).append('角');
        } else if (out.length() > 0) {
            out.append('零');
        }
        if (fen > 0) {
            out.append(DIGITS[fen]).append('分');
        }
        return out.toString();
    }

    private static String integerPart(String digits) {
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        boolean groupHasDigit = false;
        boolean aboveYi = false;
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            int d = digits.charAt(i) - '0';
            int pos = n - 1 - i;
            if (d == 0) {
                zeroPending = out.length() > 0;
            } else {
                if (zeroPending) {
                    out.append('零');
                    zeroPending = false;
                }
                out.append(DIGITS[d]).append(IN_GROUP[pos % 4]);
                groupHasDigit = true;
            }
            if (pos % 4 == 0) {
                if (pos == 8 && (groupHasDigit || aboveYi)) {
                    out.append('亿');
                } else if (groupHasDigit && pos > 0) {
                    out.append(GROUPS[pos / 4]);
                }
                aboveYi = pos == 12 && groupHasDigit;
                groupHasDigit = false;
            }
        }
        return out.toString();
    }
}
