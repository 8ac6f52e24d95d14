package cn.ecc.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for the terminal that lines up Chinese text: CJK characters take two columns, which Karaf's
 * own ShellTable does not count. {@code --no-format} output is tab-separated, one row a line.
 */
public final class Table {

    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = List.of(headers);
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "-" : c.toString().replace('\t', ' ')
                .replace('\n', ' ')).toArray(String[]::new));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintStream out, boolean format) {
        if (!format) {
            out.println(String.join("\t", headers));
            rows.forEach(r -> out.println(String.join("\t", r)));
            return;
        }
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (String[] r : rows) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        out.println(line(headers.toArray(String[]::new), widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "─┼─").append("─".repeat(widths[i]));
        }
        out.println(rule);
        rows.forEach(r -> out.println(line(r, widths)));
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : " │ ").append(cells[i]);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(widths[i] - width(cells[i])));
            }
        }
        return sb.toString();
    }

    /** Terminal columns a text takes: two for East Asian wide and full-width characters. */
    public static int width(String s) {
        return s.codePoints().map(Table::columns).sum();
    }

    private static int columns(int cp) {
        if (cp < 0x1100) {
            return 1;
        }
        boolean wide = cp <= 0x115F // Hangul Jamo
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F // CJK radicals .. Yi
                || cp >= 0xAC00 && cp <= 0xD7A3 // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF // CJK compatibility ideographs
                || cp >= 0xFE30 && cp <= 0xFE4F // CJK compatibility forms
                || cp >= 0xFF00 && cp <= 0xFF60 // full-width forms
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD;
        return wide ? 2 : 1;
    }

    /** Shortens text to at most {@code max} terminal columns. */
    public static String cut(String value, int max) {
        if (value == null) {
            return "-";
        }
        if (width(value) <= max) {
            return value;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int cp : value.codePoints().toArray()) {
            int w = columns(cp);
            if (used + w > max - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
        }
        return sb.append('…').toString();
    }
}
