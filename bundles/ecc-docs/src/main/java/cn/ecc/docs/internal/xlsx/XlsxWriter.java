package cn.ecc.docs.internal.xlsx;

import cn.ecc.api.docs.Sheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal SpreadsheetML (XLSX) writer: one worksheet per {@link Sheet}, typed cells, a shared-strings table,
 * the styles a ledger needs. Output is deterministic (fixed zip timestamps), so equal input gives equal bytes.
 */
public final class XlsxWriter {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Excel's limits. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_SHEET_NAME = 31;

    // cellXfs indexes in styles.xml
    static final int S_TITLE = 1;
    static final int S_HEADER = 2;
    static final int S_TEXT = 3;
    static final int S_NUMBER = 4;
    static final int S_MONEY = 5;
    static final int S_DATE = 6;
    static final int S_DATETIME = 7;
    static final int S_BOOLEAN = 8;
    static final int S_NOTE = 9;

    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate LEAP_BUG = LocalDate.of(1900, 3, 1);
    private static final long FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC) * 1000;
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    public byte[] write(List<Sheet> sheets) {
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        List<String> names = sheetNames(sheets);
        SharedStrings strings = new SharedStrings();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", contentTypes(sheets.size()));
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", workbook(sheets, names));
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
            put(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", worksheet(sheets.get(i), i == 0, strings));
            }
            put(zip, "xl/sharedStrings.xml", strings.xml());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, CharSequence xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        // encode in slices: a big sheet is never held twice as bytes
        int chunk = 64 * 1024;
        int start = 0;
        while (start < xml.length()) {
            int end = Math.min(xml.length(), start + chunk);
            if (end < xml.length() && Character.isHighSurrogate(xml.charAt(end - 1))) {
                end--;
            }
            zip.write(xml.subSequence(start, end).toString().getBytes(StandardCharsets.UTF_8));
            start = end;
        }
        zip.closeEntry();
    }

    // ---- package parts

    private static String contentTypes(int sheets) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                .append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return b.append("</Types>").toString();
    }

    private static String workbook(List<Sheet> sheets, List<String> names) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < names.size(); i++) {
            b.append("<sheet name=\"");
            XmlText.escape(names.get(i), b);
            b.append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        b.append("</sheets>");
        // print the header row on every page of a long ledger
        StringBuilder defined = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            if (!s.headers().isEmpty()) {
                int headerRow = hasTitle(s) ? 2 : 1;
                defined.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">");
                XmlText.escape("'" + names.get(i).replace("'", "''") + "'!$" + headerRow + ":$" + headerRow, defined);
                defined.append("</definedName>");
            }
        }
        if (defined.length() > 0) {
            b.append("<definedNames>").append(defined).append("</definedNames>");
        }
        return b.append("</workbook>").toString();
    }

    private static String workbookRels(int sheets) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        b.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        b.append("<Relationship Id=\"rId").append(sheets + 2).append("\" Type=\"").append(REL_NS)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        return b.append("</Relationships>").toString();
    }

    private static final String FONT = "<name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/>";
    private static final String THIN = "<left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
            + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/>";
    static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
            + "<fonts count=\"3\">"
            + "<font><sz val=\"11\"/>" + FONT + "</font>"
            + "<font><b/><sz val=\"11\"/>" + FONT + "</font>"
            + "<font><b/><sz val=\"14\"/>" + FONT + "</font>"
            + "</fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>" + THIN + "</border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"10\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            // title
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\" vertical=\"center\"/></xf>"
            // header
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            // text
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"center\"/></xf>"
            // number
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\"/>"
            // money
            + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>"
            // date
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\"/></xf>"
            // date-time
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\"/></xf>"
            // boolean
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\"/></xf>"
            // note
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    // ---- worksheet

    private static boolean hasTitle(Sheet s) {
        return s.title() != null && !s.title().isBlank();
    }

    private CharSequence worksheet(Sheet sheet, boolean selected, SharedStrings strings) {
        int columns = Math.max(1, sheet.headers().size());
        for (List<Object> r : sheet.rows()) {
            columns = Math.max(columns, r.size());
        }
        if (columns > MAX_COLUMNS) {
            throw new IllegalArgumentException("a sheet has at most " + MAX_COLUMNS + " columns");
        }
        boolean title = hasTitle(sheet);
        boolean header = !sheet.headers().isEmpty();
        int firstDataRow = (title ? 1 : 0) + (header ? 1 : 0) + 1;
        int lastTableRow = firstDataRow - 1 + sheet.rows().size();
        int lastRow = lastTableRow + (sheet.notes().isEmpty() ? 0 : 1 + sheet.notes().size());
        if (lastRow > MAX_ROWS) {
            throw new IllegalArgumentException("a sheet has at most " + MAX_ROWS + " rows");
        }
        String lastColumn = column(columns - 1);

        StringBuilder b = new StringBuilder(256 + sheet.rows().size() * columns * 24);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .append("<dimension ref=\"A1:").append(lastColumn).append(Math.max(1, lastRow)).append("\"/>")
                .append("<sheetViews><sheetView").append(selected ? " tabSelected=\"1\"" : "").append(" workbookViewId=\"0\">");
        if (header) {
            int split = firstDataRow - 1;
            b.append("<pane ySplit=\"").append(split).append("\" topLeftCell=\"A").append(firstDataRow)
                    .append("\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                    .append("<selection pane=\"bottomLeft\" activeCell=\"A").append(firstDataRow)
                    .append("\" sqref=\"A").append(firstDataRow).append("\"/>");
        }
        b.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        double[] widths = columnWidths(sheet, columns);
        for (int c = 0; c < columns; c++) {
            b.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(widths[c]).append("\" customWidth=\"1\"/>");
        }
        b.append("</cols><sheetData>");

        int r = 0;
        if (title) {
            r++;
            b.append("<row r=\"").append(r).append("\" ht=\"28\" customHeight=\"1\">");
            textCell(b, "A" + r, sheet.title().strip(), S_TITLE, strings);
            b.append("</row>");
        }
        if (header) {
            r++;
            b.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < sheet.headers().size(); c++) {
                textCell(b, column(c) + r, nullToEmpty(sheet.headers().get(c)), S_HEADER, strings);
            }
            b.append("</row>");
        }
        for (List<Object> row : sheet.rows()) {
            r++;
            b.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < columns; c++) {
                cell(b, column(c) + r, c < row.size() ? row.get(c) : null, strings);
            }
            b.append("</row>");
        }
        if (!sheet.notes().isEmpty()) {
            r++;
            for (String note : sheet.notes()) {
                r++;
                b.append("<row r=\"").append(r).append("\">");
                textCell(b, "A" + r, nullToEmpty(note), S_NOTE, strings);
                b.append("</row>");
            }
        }
        b.append("</sheetData>");
        if (title && columns > 1) {
            b.append("<mergeCells count=\"1\"><mergeCell ref=\"A1:").append(lastColumn).append("1\"/></mergeCells>");
        }
        b.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup paperSize=\"9\" orientation=\"").append(sum(widths) > 110 ? "landscape" : "portrait")
                .append("\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
                .append("</worksheet>");
        return b;
    }

    private void cell(StringBuilder b, String ref, Object value, SharedStrings strings) {
        if (value == null) {
            b.append("<c r=\"").append(ref).append("\" s=\"").append(S_TEXT).append("\"/>");
            return;
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>) {
            textCell(b, ref, value.toString(), S_TEXT, strings);
        } else if (value instanceof Boolean flag) {
            b.append("<c r=\"").append(ref).append("\" s=\"").append(S_BOOLEAN).append("\" t=\"b\"><v>")
                    .append(flag ? 1 : 0).append("</v></c>");
        } else if (value instanceof Number n) {
            number(b, ref, n, strings);
        } else if (value instanceof LocalDateTime dt) {
            String serial = serial(dt);
            if (serial == null) {
                textCell(b, ref, dt.format(ISO_DATE_TIME), S_TEXT, strings);
            } else {
                numberCell(b, ref, serial, S_DATETIME);
            }
        } else if (value instanceof LocalDate d) {
            String serial = serial(d.atStartOfDay());
            if (serial == null) {
                textCell(b, ref, d.toString(), S_TEXT, strings);
            } else {
                numberCell(b, ref, serial, S_DATE);
            }
        } else {
            textCell(b, ref, value.toString(), S_TEXT, strings);
        }
    }

    private void number(StringBuilder b, String ref, Number n, SharedStrings strings) {
        boolean integral = n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof java.util.concurrent.atomic.AtomicInteger || n instanceof java.util.concurrent.atomic.AtomicLong;
        if (!integral && !(n instanceof BigDecimal) && !(n instanceof BigInteger)) {
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                textCell(b, ref, Double.toString(v), S_TEXT, strings);
            } else {
                numberCell(b, ref, BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(), S_NUMBER);
            }
            return;
        }
        BigDecimal d = n instanceof BigDecimal bd ? bd
                : n instanceof BigInteger bi ? new BigDecimal(bi)
                : BigDecimal.valueOf(n.longValue());
        // Excel keeps 15 significant digits: a longer exact number (an account, an id) would silently change
        if (d.stripTrailingZeros().precision() > 15) {
            textCell(b, ref, d.toPlainString(), S_TEXT, strings);
            return;
        }
        // money (BigDecimal with at most two decimals) shows as 0.00; finer decimals keep every digit
        int style = n instanceof BigDecimal bd && bd.scale() <= 2 ? S_MONEY : S_NUMBER;
        numberCell(b, ref, d.stripTrailingZeros().toPlainString(), style);
    }

    private static void numberCell(StringBuilder b, String ref, String value, int style) {
        b.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"><v>").append(value).append("</v></c>");
    }

    private static void textCell(StringBuilder b, String ref, String text, int style, SharedStrings strings) {
        if (text.length() > MAX_CELL_CHARS) {
            text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_CELL_CHARS - 1)) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS);
        }
        b.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\" t=\"s\"><v>")
                .append(strings.index(text)).append("</v></c>");
    }

    /** Excel's serial date (1900 system, with its phantom 1900-02-29), or null before 1900. */
    static String serial(LocalDateTime dt) {
        LocalDate date = dt.toLocalDate();
        if (date.getYear() < 1900 || date.getYear() > 9999) {
            return null;
        }
        long days = date.isBefore(LEAP_BUG) ? ChronoUnit.DAYS.between(EPOCH, date) - 1 : ChronoUnit.DAYS.between(EPOCH, date);
        BigDecimal serial = BigDecimal.valueOf(days);
        long nanos = dt.toLocalTime().toNanoOfDay();
        if (nanos != 0) {
            BigDecimal seconds = BigDecimal.valueOf(nanos, 9);
            serial = serial.add(seconds.divide(SECONDS_PER_DAY, new MathContext(17, RoundingMode.HALF_EVEN)))
                    .round(new MathContext(17, RoundingMode.HALF_EVEN));
        }
        return serial.stripTrailingZeros().toPlainString();
    }

    /** A, B, ..., Z, AA, ... for a zero-based column. */
    static String column(int index) {
        StringBuilder b = new StringBuilder(3);
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            b.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return b.reverse().toString();
    }

    /** Column widths in characters, from the widest content (a CJK character counts as two). */
    private static double[] columnWidths(Sheet sheet, int columns) {
        double[] widths = new double[columns];
        for (int c = 0; c < sheet.headers().size(); c++) {
            // bold header text is a little wider
            widths[c] = Math.max(widths[c], displayWidth(nullToEmpty(sheet.headers().get(c))) * 1.1);
        }
        for (List<Object> row : sheet.rows()) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], displayWidth(row.get(c)));
            }
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.round(Math.min(60, Math.max(6, widths[c] + 2)) * 10) / 10.0;
        }
        return widths;
    }

    private static double displayWidth(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalDateTime) {
            return 19;
        }
        if (value instanceof LocalDate) {
            return 10;
        }
        if (value instanceof BigDecimal d) {
            return d.setScale(Math.max(2, d.scale()), RoundingMode.HALF_EVEN).toPlainString().length();
        }
        if (value instanceof Boolean) {
            return 5;
        }
        String s = value.toString();
        int longest = 0;
        int current = 0;
        for (int i = 0; i < s.length() && i < 4096; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                longest = Math.max(longest, current);
                current = 0;
            } else {
                current += wide(cp) ? 2 : 1;
            }
        }
        return Math.max(longest, current);
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- sheet names

    /** Excel's rules: 1 to 31 characters, none of []:*?/\, not starting or ending with ', unique ignoring case. */
    static List<String> sheetNames(List<Sheet> sheets) {
        List<String> names = new ArrayList<>(sheets.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < sheets.size(); i++) {
            String name = sanitize(sheets.get(i).name(), i + 1);
            String candidate = name;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "(" + n + ")";
                candidate = truncate(name, MAX_SHEET_NAME - suffix.length()) + suffix;
            }
            names.add(candidate);
        }
        return names;
    }

    static String sanitize(String name, int position) {
        StringBuilder b = new StringBuilder();
        if (name != null) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if ("[]:*?/\\".indexOf(c) >= 0) {
                    b.append('_');
                } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                    b.append(c);
                } else if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                    b.append(c).append(name.charAt(++i));
                }
            }
        }
        String s = b.toString().strip();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        s = truncate(s.strip(), MAX_SHEET_NAME);
        if (s.isBlank() || s.equalsIgnoreCase("History")) {
            // "History" is reserved by Excel
            s = s.isBlank() ? "Sheet" + position : s + "_";
        }
        return s;
    }

    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        String t = s.substring(0, end);
        while (t.endsWith("'")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The workbook's strings, each stored once. */
    private static final class SharedStrings {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private int uses;

        int index(String s) {
            uses++;
            Integer i = index.get(s);
            if (i == null) {
                i = index.size();
                index.put(s, i);
            }
            return i;
        }

        StringBuilder xml() {
            StringBuilder b = new StringBuilder(64 + index.size() * 24);
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                    .append("<sst xmlns=\"").append(MAIN_NS).append("\" count=\"").append(uses)
                    .append("\" uniqueCount=\"").append(index.size()).append("\">");
            for (String s : index.keySet()) {
                String encoded = XmlText.encodeCellText(s);
                boolean preserve = !encoded.isEmpty() && (Character.isWhitespace(encoded.charAt(0))
                        || Character.isWhitespace(encoded.charAt(encoded.length() - 1)));
                b.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                XmlText.escape(encoded, b);
                b.append("</t></si>");
            }
            return b.append("</sst>");
        }
    }
}
