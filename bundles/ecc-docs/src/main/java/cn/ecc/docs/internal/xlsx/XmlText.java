package cn.ecc.docs.internal.xlsx;

/**
 * Text for SpreadsheetML. XML 1.0 cannot carry most control characters even as references, so cell text uses
 * the format's own escape {@code _xHHHH_} for them (and escapes a literal {@code _x} that would read as one);
 * readers such as Excel and POI turn them back.
 */
final class XmlText {

    private XmlText() {
    }

    /** Escapes text for element content or a double-quoted attribute; drops what XML cannot hold at all. */
    static void escape(CharSequence s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\n', '\t' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        // not allowed in XML 1.0
                        continue;
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * Cell text with the characters XML forbids written as {@code _xHHHH_}; a lone surrogate becomes U+FFFD.
     * The result still needs {@link #escape}.
     */
    static String encodeCellText(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                replacement = String.format("_x%04X_", (int) c);
            } else if (c == '_' && looksEscaped(s, i)) {
                replacement = "_x005F_";
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            } else if (Character.isSurrogate(c)) {
                replacement = "\uFFFD";
            }
            if (replacement != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** Reverses {@link #encodeCellText}: {@code _xHHHH_} becomes the character it names. */
    static String decodeCellText(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (looksEscaped(s, at)) {
                b.append(s, from, at);
                b.append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return b.append(s, from, s.length()).toString();
    }

    private static boolean looksEscaped(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
