package cn.ecc.docs.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {

    static final long LIMIT = 10L << 20;

    static Map<Integer, List<String>> read(byte[] xlsx) {
        return read(xlsx, LIMIT);
    }

    static Map<Integer, List<String>> read(byte[] xlsx, long limit) {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        new XlsxReader(limit).read(new ByteArrayInputStream(xlsx), (n, cells) -> {
            rows.put(n, cells);
            return true;
        });
        return rows;
    }

    static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    static InvalidInputException refusal(byte[] file, long limit) {
        try {
            read(file, limit);
        } catch (InvalidInputException e) {
            assertThat(e.violations()).extracting(Violation::field).containsExactly("file");
            return e;
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void readsWhatExcelWritesSharedStringsDatesNumbersBooleansFormulas() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        // the first sheet in workbook order, even though another is created and selected
        XSSFSheet sheet = wb.createSheet("导入");
        wb.createSheet("说明").createRow(0).createCell(0).setCellValue("不读这一页");
        wb.setActiveSheet(1);
        short ymd = wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\"");
        short dateTime = wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm");
        short time = wb.createDataFormat().getFormat("hh:mm:ss");
        short money = wb.createDataFormat().getFormat("#,##0.00_);[Red](#,##0.00)");
        XSSFRow header = sheet.createRow(0);
        String[] names = {"案号", "立案日期", "中文日期", "时间", "时刻", "标的", "比例", "大数", "电话", "已结", "公式", "错误", "A&B<C>"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        XSSFRow r = sheet.createRow(1);
        r.createCell(0).setCellValue("(2026)豫1330执123号");
        r.createCell(1).setCellValue(LocalDateTime.of(2026, 3, 2, 0, 0));
        r.getCell(1).setCellStyle(style(wb, (short) 14));
        r.createCell(2).setCellValue(LocalDateTime.of(2026, 3, 2, 0, 0));
        r.getCell(2).setCellStyle(style(wb, ymd));
        r.createCell(3).setCellValue(LocalDateTime.of(2026, 3, 2, 10, 15, 30));
        r.getCell(3).setCellStyle(style(wb, dateTime));
        r.createCell(4).setCellValue(LocalDateTime.of(1900, 1, 1, 8, 30, 0));
        r.getCell(4).setCellStyle(style(wb, time));
        r.createCell(5).setCellValue(120000.5);
        r.getCell(5).setCellStyle(style(wb, money));
        r.createCell(6).setCellValue(0.1 + 0.2);
        r.createCell(7).setCellValue(1e20);
        r.createCell(8).setCellValue(13812345678d);
        r.createCell(9).setCellValue(true);
        r.createCell(10).setCellFormula("F2*2");
        r.createCell(11).setCellFormula("1/0");
        r.createCell(12).setCellValue("A&B<C>");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Map<Integer, List<String>> rows = read(bytes(wb));
        assertThat(rows.keySet()).containsExactly(1, 2);
        assertThat(rows.get(1)).containsExactly(names);
        assertThat(rows.get(2)).containsExactly("(2026)豫1330执123号", "2026-03-02", "2026-03-02", "2026-03-02T10:15:30",
                "08:30:00", "120000.5", "0.3", "100000000000000000000", "13812345678", "TRUE", "240001", "#DIV/0!",
                "A&B<C>");
    }

    static CellStyle style(Workbook wb, short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        return s;
    }

    @Test
    void sparseRowsArePaddedAndKeepTheirNumbers() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("x");
        Row header = s.createRow(0);
        for (int i = 0; i < 5; i++) {
            header.createCell(i).setCellValue("列" + i);
        }
        Row a = s.createRow(2);
        a.createCell(1).setCellValue("B3");
        a.createCell(3).setCellValue("D3");
        s.createRow(4).createCell(0).setCellValue("A5");
        // a formatted but empty row, as Excel keeps after deleting content
        s.createRow(5).createCell(2).setCellStyle(style(wb, (short) 14));
        s.createRow(7).createCell(6).setCellValue("G8");
        Map<Integer, List<String>> rows = read(bytes(wb));
        assertThat(rows.keySet()).containsExactly(1, 3, 5, 8);
        assertThat(rows.get(3)).containsExactly("", "B3", "", "D3", "");
        assertThat(rows.get(5)).containsExactly("A5", "", "", "", "");
        assertThat(rows.get(8)).containsExactly("", "", "", "", "", "", "G8");
    }

    @Test
    void readsInlineStringsAsTheStreamingWriterWritesThem() throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook();
        var s = wb.createSheet("x");
        for (int i = 0; i < 3; i++) {
            Row r = s.createRow(i);
            r.createCell(0).setCellValue("第" + i + "行");
            r.createCell(1).setCellValue(i);
        }
        byte[] xlsx = bytes(wb);
        wb.dispose();
        assertThat(entry(xlsx, "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");
        Map<Integer, List<String>> rows = read(xlsx);
        assertThat(rows.get(1)).containsExactly("第0行", "0");
        assertThat(rows.get(3)).containsExactly("第2行", "2");
    }

    static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("test", ".zip");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
                return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** A workbook by hand: what other writers do that POI does not. */
    static byte[] handMade(Map<String, String> overrides) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/>
                </Relationships>""");
        parts.put("xl/workbook.xml", """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                          xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <workbookPr date1904="1"/>
                <sheets><sheet name="第一页" sheetId="7" r:id="rId9"/><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""");
        parts.put("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/Data.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="../xl/strings.xml"/>
                <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>""");
        parts.put("xl/styles.xml", """
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="1"><numFmt numFmtId="200" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>
                <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
                <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="200"/><xf numFmtId="58"/></cellXfs>
                </styleSheet>""");
        parts.put("xl/strings.xml", """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
                <si><t>张三</t></si>
                <si><r><rPr><b/></rPr><t>桐柏</t></r><r><t xml:space="preserve">县 </t></r><rPh sb="0" eb="2"><t>tongbai</t></rPh></si>
                <si><t>第一行_x000D__x000A_第二行 _x005F_x0041_</t></si>
                </sst>""");
        parts.put("xl/worksheets/Data.xml", """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <sheetData>
                <row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>
                <row><c s="1"><v>0</v></c><c s="2"><v>45000</v></c><c t="str"><f>A1</f><v>张三</v></c><c t="b"><v>0</v></c></row>
                <row r="10"><c r="C10" t="inlineStr"><is><t>行内</t></is></c></row>
                </sheetData>
                </worksheet>""");
        parts.put("xl/worksheets/sheet1.xml", """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>不是第一页</t></is></c></row></sheetData></worksheet>""");
        parts.putAll(overrides);
        return zip(parts);
    }

    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                if (p.getValue() != null) {
                    zip.putNextEntry(new ZipEntry(p.getKey()));
                    zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void followsRelationshipsAndReadsRichTextWithoutPhoneticsThe1904SystemAndMissingReferences() throws IOException {
        Map<Integer, List<String>> rows = read(handMade(Map.of()));
        assertThat(rows.keySet()).containsExactly(1, 2, 10);
        assertThat(rows.get(1)).containsExactly("张三", "桐柏县 ", "第一行\r\n第二行 _x0041_");
        // 1904 system: serial 0 is 1904-01-01; 45000 days later is 2027-03-16
        assertThat(rows.get(2)).containsExactly("1904-01-01", "2027-03-16", "张三", "FALSE");
        assertThat(rows.get(10)).containsExactly("", "", "行内", "");
    }

    @Test
    void theHandlerStopsTheRead() throws IOException {
        List<Integer> seen = new ArrayList<>();
        new XlsxReader(LIMIT).read(new ByteArrayInputStream(handMade(Map.of())), (n, cells) -> {
            seen.add(n);
            return n < 2;
        });
        assertThat(seen).containsExactly(1, 2);
    }

    @Test
    void theHandlersOwnExceptionsPassThrough() throws IOException {
        byte[] xlsx = handMade(Map.of());
        InvalidInputException own = InvalidInputException.of("rows[2].amount", "金额不正确");
        assertThatThrownBy(() -> new XlsxReader(LIMIT).read(new ByteArrayInputStream(xlsx), (n, cells) -> {
            throw own;
        })).isSameAs(own);
    }

    @Test
    void refusesExternalEntitiesAndDtds() throws IOException {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>""";
        InvalidInputException e = refusal(handMade(Map.of("xl/strings.xml", xxe)), LIMIT);
        assertThat(e.violations().get(0).message()).isEqualTo("文件不是有效的 XLSX 文件");

        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>""";
        refusal(handMade(Map.of("xl/worksheets/Data.xml", laughs)), LIMIT);
    }

    @Test
    void refusesAZipBombAtTheLimit() throws IOException {
        // 64 MB of zeros in a cell compress to some 64 KB
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : Map.of("xl/workbook.xml",
                    "<workbook xmlns:r=\"r\"><sheets><sheet r:id=\"rId1\"/></sheets></workbook>",
                    "xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
                            + "Target=\"worksheets/sheet1.xml\"/></Relationships>").entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) '0');
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20);
        InvalidInputException e = refusal(bomb, 8L << 20);
        assertThat(e.violations().get(0).message()).isEqualTo("文件过大：内容超过 8 MB，无法读取");
        // the same file under a limit it fits
        assertThat(read(bomb, 100L << 20).get(1).get(0)).hasSize(64 << 20);
    }

    @Test
    void refusesWhatIsNoWorkbook() throws IOException {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertThat(refusal(random, LIMIT).violations().get(0).message()).isEqualTo("文件不是有效的 XLSX 文件");
        refusal(new byte[0], LIMIT);
        refusal("案号,被执行人\n1,2\n".getBytes(StandardCharsets.UTF_8), LIMIT);
        refusal("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), LIMIT);
        // a zip that is no workbook
        refusal(zip(Map.of("readme.txt", "hello")), LIMIT);
        // a workbook cut in half
        byte[] whole = handMade(Map.of());
        refusal(Arrays.copyOf(whole, whole.length / 2), LIMIT);
        // malformed XML, a shared string that does not exist, a column beyond XFD
        refusal(handMade(Map.of("xl/worksheets/Data.xml", "<worksheet><sheetData><row>")), LIMIT);
        refusal(handMade(Map.of("xl/worksheets/Data.xml",
                "<worksheet><sheetData><row><c t=\"s\"><v>99</v></c></row></sheetData></worksheet>")), LIMIT);
        refusal(handMade(Map.of("xl/worksheets/Data.xml",
                "<worksheet><sheetData><row><c r=\"XFE1\"><v>1</v></c></row></sheetData></worksheet>")), LIMIT);
        refusal(handMade(Map.of("xl/worksheets/Data.xml",
                "<worksheet><sheetData><row><c><v>abc</v></c></row></sheetData></worksheet>")), LIMIT);
    }

    @Test
    void tellsWhenTheFileIsAnOldExcelFile() {
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        assertThat(refusal(ole2, LIMIT).violations().get(0).message()).contains(".xls", "另存为 .xlsx");
    }

    @Test
    void numbersReadAsPeopleWriteThem() {
        assertThat(XlsxReader.plain(120000.5)).isEqualTo("120000.5");
        assertThat(XlsxReader.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(XlsxReader.plain(1e20)).isEqualTo("100000000000000000000");
        assertThat(XlsxReader.plain(1.5e-7)).isEqualTo("0.00000015");
        assertThat(XlsxReader.plain(-0.0)).isEqualTo("0");
        assertThat(XlsxReader.plain(100)).isEqualTo("100");
        assertThat(XlsxReader.plain(1.1 * 3)).isEqualTo("3.3");
    }

    @Test
    void cellReferencesAndPartNames() throws Exception {
        assertThat(XlsxReader.columnOf("A1")).isZero();
        assertThat(XlsxReader.columnOf("XFD1048576")).isEqualTo(16_383);
        assertThat(XlsxReader.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxReader.resolve("xl/", "/xl/worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxReader.resolve("xl/", "../xl/./styles.xml")).isEqualTo("xl/styles.xml");
        assertThat(XlsxReader.relsOf("xl/workbook.xml")).isEqualTo("xl/_rels/workbook.xml.rels");
    }

    @Test
    void dateFormatsAreRecognised() {
        assertThat(CellFormats.builtIn(14)).isEqualTo(CellFormats.Kind.DATE);
        assertThat(CellFormats.builtIn(22)).isEqualTo(CellFormats.Kind.DATE_TIME);
        assertThat(CellFormats.builtIn(20)).isEqualTo(CellFormats.Kind.TIME);
        assertThat(CellFormats.builtIn(31)).isEqualTo(CellFormats.Kind.DATE);
        assertThat(CellFormats.builtIn(2)).isEqualTo(CellFormats.Kind.NUMBER);
        assertThat(CellFormats.builtIn(49)).isEqualTo(CellFormats.Kind.NUMBER);
        assertThat(CellFormats.custom("yyyy-mm-dd")).isEqualTo(CellFormats.Kind.DATE);
        assertThat(CellFormats.custom("yyyy\"年\"m\"月\"d\"日\";@")).isEqualTo(CellFormats.Kind.DATE);
        assertThat(CellFormats.custom("[$-F800]dddd, mmmm dd, yyyy")).isEqualTo(CellFormats.Kind.DATE);
        assertThat(CellFormats.custom("yyyy/m/d h:mm")).isEqualTo(CellFormats.Kind.DATE_TIME);
        assertThat(CellFormats.custom("上午/下午h\"时\"mm\"分\"")).isEqualTo(CellFormats.Kind.TIME);
        assertThat(CellFormats.custom("[h]:mm:ss")).isEqualTo(CellFormats.Kind.NUMBER);
        assertThat(CellFormats.custom("#,##0.00_);[Red](#,##0.00)")).isEqualTo(CellFormats.Kind.NUMBER);
        assertThat(CellFormats.custom("0.00E+00")).isEqualTo(CellFormats.Kind.NUMBER);
        assertThat(CellFormats.custom("\"第\"0\"天\"")).isEqualTo(CellFormats.Kind.NUMBER);
        assertThat(CellFormats.custom("General")).isEqualTo(CellFormats.Kind.NUMBER);
        assertThat(CellFormats.custom("mmm")).isEqualTo(CellFormats.Kind.DATE);
    }

    @Test
    void cellTextEscapesRoundTrip() {
        String nasty = "a\u0001b\u001Fc _x0041_ _x00zz_ \uFFFF \uD800 😀 end";
        String encoded = XmlText.encodeCellText(nasty);
        assertThat(encoded).doesNotContain("\u0001", "\u001F", "\uFFFF");
        assertThat(XmlText.decodeCellText(encoded)).isEqualTo(nasty.replace('\uD800', '\uFFFD'));
        StringBuilder xml = new StringBuilder();
        XmlText.escape("<a href=\"x\">&amp;</a>\r\u0002", xml);
        assertThat(xml.toString()).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;&#13;");
    }
}
