package cn.ecc.docs.internal.xlsx;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.docs.RowHandler;
import cn.ecc.docs.internal.read.ByteBudget;
import cn.ecc.docs.internal.read.Problems;
import cn.ecc.docs.internal.read.RowEmitter;
import cn.ecc.docs.internal.xlsx.CellFormats.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the rows of an XLSX workbook's first sheet. The upload is spooled to a temporary file (a zip needs
 * random access: Excel writes the shared strings after the sheets), then only the parts needed are parsed with
 * StAX: the package and workbook relationships, the workbook, the styles, the shared strings and the sheet.
 * Safe against hostile files: DTDs are refused (no entity expansion, no external entities) and every byte read
 * from the file and decompressed from it counts against one budget.
 */
public final class XlsxReader {

    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_ROW = 1_048_576;
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final long limitBytes;

    public XlsxReader(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** A factory per read: the StAX specification does not promise that one may be shared between threads. */
    private static XMLInputFactory secureFactory() {
        // the JDK's own StAX parser, not whichever provider the container would find
        XMLInputFactory xml = XMLInputFactory.newDefaultFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_COALESCING, true);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return xml;
    }

    public void read(InputStream in, RowHandler handler) {
        ByteBudget budget = new ByteBudget(limitBytes);
        Path spool = null;
        try {
            spool = Files.createTempFile("ecc-upload-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(spool)) {
                budget.wrap(in).transferTo(out);
            }
            if (isOle2(spool)) {
                throw Problems.legacyExcel();
            }
            try (ZipFile zip = new ZipFile(spool.toFile())) {
                new Workbook(zip, budget).read(new RowEmitter(handler));
            }
        } catch (ByteBudget.LimitExceededException e) {
            throw Problems.tooLarge(limitBytes);
        } catch (ZipException | XMLStreamException | InvalidFile e) {
            throw budget.exceeded() ? Problems.tooLarge(limitBytes) : Problems.notXlsx();
        } catch (IOException e) {
            if (budget.exceeded()) {
                throw Problems.tooLarge(limitBytes);
            }
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system as well
                }
            }
        }
    }

    /** An Excel 97-2003 file, or an encrypted XLSX (which Office wraps in the same container). */
    private static boolean isOle2(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            return head.length == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1 && (head[5] & 0xFF) == 0xB1
                    && (head[6] & 0xFF) == 0x1A && (head[7] & 0xFF) == 0xE1;
        }
    }

    /** The file does not have the structure of a workbook. */
    private static final class InvalidFile extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidFile(String message) {
            super(message, null, false, false);
        }
    }

    /** One open workbook. */
    private final class Workbook {
        private final ZipFile zip;
        private final ByteBudget budget;
        private final XMLInputFactory xml = secureFactory();
        private final Map<String, ZipEntry> entries = new HashMap<>();
        private boolean date1904;
        private Kind[] styles = new Kind[0];
        private List<String> sharedStrings = List.of();

        Workbook(ZipFile zip, ByteBudget budget) throws InvalidFile {
            this.zip = zip;
            this.budget = budget;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (entries.size() >= MAX_ENTRIES) {
                    throw new InvalidFile("too many zip entries");
                }
                // part names are case-insensitive (OPC)
                entries.put(e.getName().toLowerCase(Locale.ROOT), e);
            }
        }

        void read(RowEmitter rows) throws IOException, XMLStreamException, InvalidFile {
            String workbookPart = relationships("_rels/.rels", "").values().stream()
                    .filter(r -> r.type.endsWith("/officeDocument")).map(r -> r.target).findFirst()
                    .orElse("xl/workbook.xml");
            String firstSheetId = workbook(workbookPart);
            Map<String, Rel> rels = relationships(relsOf(workbookPart), directoryOf(workbookPart));
            Rel sheet = rels.get(firstSheetId);
            if (sheet == null) {
                throw new InvalidFile("first sheet has no relationship");
            }
            for (Rel r : rels.values()) {
                if (r.type.endsWith("/styles")) {
                    styles(r.target);
                } else if (r.type.endsWith("/sharedStrings")) {
                    sharedStrings(r.target);
                }
            }
            sheet(sheet.target, rows);
        }

        // ---- parts

        private XMLStreamReader open(String part) throws IOException, XMLStreamException, InvalidFile {
            ZipEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
            if (entry == null) {
                throw new InvalidFile("missing part " + part);
            }
            return xml.createXMLStreamReader(budget.wrap(zip.getInputStream(entry)));
        }

        private boolean exists(String part) {
            return entries.containsKey(part.toLowerCase(Locale.ROOT));
        }

        /** The next start element, or -1 at the end; refuses DTDs. */
        private int next(XMLStreamReader r) throws XMLStreamException, InvalidFile {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InvalidFile("DTDs and entities are not part of SpreadsheetML");
                }
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return event;
                }
            }
            return -1;
        }

        private record Rel(String type, String target) {
        }

        private Map<String, Rel> relationships(String part, String baseDirectory)
                throws IOException, XMLStreamException, InvalidFile {
            Map<String, Rel> rels = new HashMap<>();
            if (!exists(part)) {
                return rels;
            }
            XMLStreamReader r = open(part);
            try {
                for (int e = next(r); e >= 0; e = next(r)) {
                    if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                            && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
                        String id = r.getAttributeValue(null, "Id");
                        String type = r.getAttributeValue(null, "Type");
                        String target = r.getAttributeValue(null, "Target");
                        if (id != null && type != null && target != null) {
                            rels.put(id, new Rel(type, resolve(baseDirectory, target)));
                        }
                    }
                }
            } finally {
                r.close();
            }
            return rels;
        }

        /** Reads the workbook's settings; answers the relationship id of its first sheet. */
        private String workbook(String part) throws IOException, XMLStreamException, InvalidFile {
            XMLStreamReader r = open(part);
            try {
                for (int e = next(r); e >= 0; e = next(r)) {
                    if (e != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (r.getLocalName().equals("workbookPr")) {
                        String v = r.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                    } else if (r.getLocalName().equals("sheet")) {
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            if (r.getAttributeLocalName(i).equals("id")) {
                                return r.getAttributeValue(i);
                            }
                        }
                        throw new InvalidFile("sheet without r:id");
                    }
                }
            } finally {
                r.close();
            }
            throw new InvalidFile("workbook without sheets");
        }

        private void styles(String part) throws IOException, XMLStreamException, InvalidFile {
            if (!exists(part)) {
                return;
            }
            Map<Integer, Kind> custom = new HashMap<>();
            List<Kind> xfs = new ArrayList<>();
            XMLStreamReader r = open(part);
            try {
                boolean inCellXfs = false;
                for (int e = next(r); e >= 0; e = next(r)) {
                    String name = r.getLocalName();
                    if (e == XMLStreamConstants.END_ELEMENT) {
                        if (name.equals("cellXfs")) {
                            inCellXfs = false;
                        }
                        continue;
                    }
                    if (name.equals("numFmt")) {
                        Integer id = integer(r.getAttributeValue(null, "numFmtId"));
                        if (id != null) {
                            custom.put(id, CellFormats.custom(r.getAttributeValue(null, "formatCode")));
                        }
                    } else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (inCellXfs && name.equals("xf")) {
                        Integer id = integer(r.getAttributeValue(null, "numFmtId"));
                        int fmt = id == null ? 0 : id;
                        xfs.add(custom.containsKey(fmt) ? custom.get(fmt) : CellFormats.builtIn(fmt));
                    }
                }
            } finally {
                r.close();
            }
            styles = xfs.toArray(new Kind[0]);
        }

        private void sharedStrings(String part) throws IOException, XMLStreamException, InvalidFile {
            if (!exists(part)) {
                return;
            }
            List<String> strings = new ArrayList<>();
            XMLStreamReader r = open(part);
            try {
                for (int e = next(r); e >= 0; e = next(r)) {
                    if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                        strings.add(richText(r, "si"));
                    }
                }
            } finally {
                r.close();
            }
            sharedStrings = strings;
        }

        /**
         * The text of a string item ({@code <si>} or {@code <is>}): its {@code <t>}, or the {@code <t>} of its
         * runs; phonetic guides ({@code <rPh>}, the pinyin or furigana above the text) are not part of it.
         */
        private String richText(XMLStreamReader r, String end) throws XMLStreamException, InvalidFile {
            StringBuilder b = new StringBuilder();
            int phonetic = 0;
            for (int e = next(r); e >= 0; e = next(r)) {
                String name = r.getLocalName();
                if (e == XMLStreamConstants.END_ELEMENT) {
                    if (name.equals("rPh")) {
                        phonetic--;
                    } else if (name.equals(end)) {
                        break;
                    }
                } else if (name.equals("rPh")) {
                    phonetic++;
                } else if (name.equals("t")) {
                    String text = r.getElementText();
                    if (phonetic == 0) {
                        b.append(text);
                    }
                }
            }
            return XmlText.decodeCellText(b.toString());
        }

        // ---- the sheet

        private void sheet(String part, RowEmitter rows) throws IOException, XMLStreamException, InvalidFile {
            XMLStreamReader r = open(part);
            try {
                int rowNumber = 0;
                List<String> cells = null;
                int column = 0;
                String type = null;
                int style = 0;
                String value = null;
                for (int e = next(r); e >= 0; e = next(r)) {
                    String name = r.getLocalName();
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        switch (name) {
                            case "row" -> {
                                Integer n = integer(r.getAttributeValue(null, "r"));
                                rowNumber = n == null ? rowNumber + 1 : n;
                                if (rowNumber < 1 || rowNumber > MAX_ROW) {
                                    throw new InvalidFile("row number out of range");
                                }
                                cells = new ArrayList<>();
                                column = 0;
                            }
                            case "c" -> {
                                if (cells == null) {
                                    throw new InvalidFile("cell outside a row");
                                }
                                String ref = r.getAttributeValue(null, "r");
                                column = ref == null ? cells.size() : columnOf(ref);
                                type = r.getAttributeValue(null, "t");
                                Integer s = integer(r.getAttributeValue(null, "s"));
                                style = s == null ? 0 : s;
                                value = null;
                            }
                            case "v" -> value = r.getElementText();
                            case "is" -> value = richText(r, "is");
                            default -> {
                                // formulas (<f>), extensions: the cached value in <v> is what counts
                            }
                        }
                    } else {
                        switch (name) {
                            case "c" -> {
                                String text = value == null ? "" : text(type, style, value);
                                while (cells.size() <= column) {
                                    cells.add("");
                                }
                                cells.set(column, text);
                            }
                            case "row" -> {
                                if (!rows.emit(rowNumber, cells)) {
                                    return;
                                }
                                cells = null;
                            }
                            case "sheetData" -> {
                                return;
                            }
                            default -> {
                            }
                        }
                    }
                }
            } finally {
                r.close();
            }
        }

        private String text(String type, int style, String value) throws InvalidFile {
            if (type == null || type.equals("n")) {
                return number(value.strip(), style);
            }
            switch (type) {
                case "s" -> {
                    Integer i = integer(value.strip());
                    if (i == null || i < 0 || i >= sharedStrings.size()) {
                        throw new InvalidFile("shared string index out of range");
                    }
                    return sharedStrings.get(i);
                }
                case "inlineStr", "str" -> {
                    return XmlText.decodeCellText(value);
                }
                case "b" -> {
                    return value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
                }
                case "d" -> {
                    String v = value.strip();
                    return v.endsWith("T00:00:00") ? v.substring(0, v.length() - 9) : v;
                }
                default -> {
                    // "e": an error such as #DIV/0!, shown as Excel shows it
                    return value;
                }
            }
        }

        private String number(String value, int style) throws InvalidFile {
            if (value.isEmpty()) {
                return "";
            }
            double d;
            try {
                d = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new InvalidFile("not a number");
            }
            if (!Double.isFinite(d)) {
                return value;
            }
            Kind kind = style >= 0 && style < styles.length ? styles[style] : Kind.NUMBER;
            if (kind != Kind.NUMBER) {
                String date = date(d, kind);
                if (date != null) {
                    return date;
                }
            }
            return plain(d);
        }

        /** The serial number as ISO-8601 text, rounded to the second; null when it is no date Excel shows. */
        private String date(double serial, Kind kind) {
            if (serial < 0 || serial >= 2_958_466) {
                return null;
            }
            long days = (long) Math.floor(serial);
            long seconds = Math.round((serial - days) * 86_400);
            if (seconds == 86_400) {
                days++;
                seconds = 0;
            }
            LocalTime time = LocalTime.ofSecondOfDay(seconds);
            if (kind == Kind.TIME) {
                return time.format(ISO_TIME);
            }
            LocalDate date;
            if (date1904) {
                date = EPOCH_1904.plusDays(days);
            } else if (days < 61) {
                // Excel's 1900 system counts a 1900-02-29 that never was: serials before it are a day early
                if (days == 0 || days == 60) {
                    return null;
                }
                date = EPOCH_1900.plusDays(days + 1);
            } else {
                date = EPOCH_1900.plusDays(days);
            }
            if (kind == Kind.DATE) {
                return date.toString();
            }
            return LocalDateTime.of(date, time).format(ISO_DATE_TIME);
        }
    }

    /** A number as people write it: no exponent, no binary noise beyond Excel's 15 significant digits. */
    static String plain(double d) {
        if (d == 0) {
            return "0";
        }
        BigDecimal b = BigDecimal.valueOf(d).round(EXCEL_PRECISION).stripTrailingZeros();
        return b.toPlainString();
    }

    /** Zero-based column of a cell reference such as {@code AB12}. */
    static int columnOf(String ref) throws InvalidFile {
        int column = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > XlsxWriter.MAX_COLUMNS) {
                throw new InvalidFile("column out of range");
            }
            i++;
        }
        if (i == 0) {
            throw new InvalidFile("bad cell reference");
        }
        return column - 1;
    }

    private static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The directory of a part name, with its trailing slash ("xl/" for "xl/workbook.xml"). */
    static String directoryOf(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    /** The relationships part of a part: xl/_rels/workbook.xml.rels for xl/workbook.xml. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship target as a zip entry name: absolute from the package root, or relative to the source. */
    static String resolve(String baseDirectory, String target) {
        String path = target.startsWith("/") ? target.substring(1) : baseDirectory + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
