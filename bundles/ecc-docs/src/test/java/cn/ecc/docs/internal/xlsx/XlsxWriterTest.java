package cn.ecc.docs.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.docs.Sheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    final XlsxWriter writer = new XlsxWriter();

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static Sheet ledger() {
        return new Sheet("执行案件台账", "执行案件台账（2026年3月）",
                List.of("案号", "被执行人", "标的（元）", "件数", "比例", "立案日期", "结案时间", "已结", "备注"),
                List.of(row("(2026)豫1330执1号", "桐柏县某建材有限公司", new BigDecimal("120000.50"), 3, 0.25,
                                LocalDate.of(2026, 3, 2), LocalDateTime.of(2026, 3, 2, 10, 15, 30), true, null),
                        row("(2026)豫1330执2号", "张三", new BigDecimal("80"), 12L, 0.1 + 0.2,
                                LocalDate.of(1900, 1, 1), LocalDateTime.of(1899, 12, 31, 8, 0), false,
                                "含控制字符\u0001与 <&>\"' 及 _x0041_"),
                        row("(2026)豫1330执3号", " 前后有空格 ", new BigDecimal("0.125"), 1234567890123456789L, null,
                                LocalDate.of(1900, 3, 1), null, null, "多行\n备注")),
                List.of("制表人：李四", "制表时间：2026年3月31日"));
    }

    static XSSFWorkbook poi(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void apachePoiReadsTheWorkbookWithItsTypesAndLayout() throws IOException {
        byte[] xlsx = writer.write(List.of(ledger()));
        try (XSSFWorkbook wb = poi(xlsx)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("执行案件台账");
            // title merged across the columns, bold header, frozen under the header
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("执行案件台账（2026年3月）");
            assertThat(s.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A1:I1"));
            XSSFCell header = s.getRow(1).getCell(0);
            assertThat(header.getStringCellValue()).isEqualTo("案号");
            assertThat(header.getCellStyle().getFont().getBold()).isTrue();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);

            XSSFCell money = s.getRow(2).getCell(2);
            assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getNumericCellValue()).isEqualTo(120000.50);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(s.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(80);
            assertThat(s.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            // more than two decimals is not money: every digit stays visible
            assertThat(s.getRow(4).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("General");
            assertThat(s.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(s.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(0.25);
            assertThat(s.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(0.1 + 0.2);
            // beyond Excel's 15 digits a number would change: kept as text
            assertThat(s.getRow(4).getCell(3).getStringCellValue()).isEqualTo("1234567890123456789");

            XSSFCell date = s.getRow(2).getCell(5);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(date.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 0, 0));
            assertThat(s.getRow(3).getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(1900, 1, 1, 0, 0));
            assertThat(s.getRow(4).getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
            XSSFCell dateTime = s.getRow(2).getCell(6);
            assertThat(DateUtil.isCellDateFormatted(dateTime)).isTrue();
            assertThat(dateTime.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 15, 30));
            // before 1900 Excel has no dates: ISO text
            assertThat(s.getRow(3).getCell(6).getStringCellValue()).isEqualTo("1899-12-31 08:00:00");

            assertThat(s.getRow(2).getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(s.getRow(2).getCell(7).getBooleanCellValue()).isTrue();
            assertThat(s.getRow(3).getCell(7).getBooleanCellValue()).isFalse();
            assertThat(s.getRow(2).getCell(8).getCellType()).isEqualTo(CellType.BLANK);

            assertThat(s.getRow(3).getCell(8).getStringCellValue()).isEqualTo("含控制字符\u0001与 <&>\"' 及 _x0041_");
            assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo(" 前后有空格 ");
            assertThat(s.getRow(4).getCell(8).getStringCellValue()).isEqualTo("多行\n备注");

            // notes under the table, after one empty row
            assertThat((Object) s.getRow(5)).isNull();
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("制表人：李四");
            assertThat(s.getRow(7).getCell(0).getStringCellValue()).isEqualTo("制表时间：2026年3月31日");

            // widths from content, CJK counting double: the company name's column is wider than the flag's
            assertThat(s.getColumnWidth(1)).isGreaterThan(s.getColumnWidth(7) * 2);
            assertThat(s.getColumnWidth(0)).isGreaterThan(15 * 256);
            // printed: A4, the header row repeated on every page, fitted to the page width
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("2:2");
            assertThat(s.getFitToPage()).isTrue();
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() throws IOException {
        Sheet a = new Sheet("a/b:c*d?e[f]g\\h", null, List.of("x"), List.of(), List.of());
        Sheet b = new Sheet("失信被执行人纳入与撤销台帐二〇二六年三月份全部案件明细表及其附件清单", null, List.of("x"), List.of(), List.of());
        Sheet c = new Sheet("台账", null, List.of("x"), List.of(), List.of());
        Sheet d = new Sheet("台账", null, List.of("x"), List.of(), List.of());
        Sheet e = new Sheet("'\u0001'", null, List.of("x"), List.of(), List.of());
        Sheet f = new Sheet("history", null, List.of("x"), List.of(), List.of());
        try (XSSFWorkbook wb = poi(writer.write(List.of(a, b, c, d, e, f)))) {
            assertThat(wb.getSheetName(0)).isEqualTo("a_b_c_d_e_f_g_h");
            assertThat(wb.getSheetName(1)).hasSize(31).isEqualTo("失信被执行人纳入与撤销台帐二〇二六年三月份全部案件明细表及其附");
            assertThat(wb.getSheetName(2)).isEqualTo("台账");
            assertThat(wb.getSheetName(3)).isEqualTo("台账(2)");
            assertThat(wb.getSheetName(4)).isEqualTo("Sheet5");
            assertThat(wb.getSheetName(5)).isEqualTo("history_");
        }
    }

    @Test
    void aSheetWithoutTitleFreezesUnderItsHeader() throws IOException {
        Sheet s = new Sheet("数据", null, List.of("序号", "名称"), List.of(row(1, "甲"), row(2, "乙")), null);
        try (XSSFWorkbook wb = poi(writer.write(List.of(s)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getMergedRegions()).isEmpty();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("乙");
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void equalInputGivesEqualBytes() {
        assertThat(writer.write(List.of(ledger()))).isEqualTo(writer.write(List.of(ledger())));
    }

    @Test
    void theReaderReadsBackWhatTheWriterWrote() {
        byte[] xlsx = writer.write(List.of(ledger(), new Sheet("第二页", null, List.of("y"), List.of(row("z")), null)));
        Map<Integer, List<String>> rows = new TreeMap<>();
        new XlsxReader(10 << 20).read(new ByteArrayInputStream(xlsx), (n, cells) -> {
            rows.put(n, cells);
            return true;
        });
        assertThat(rows.keySet()).containsExactly(1, 2, 3, 4, 5, 7, 8);
        assertThat(rows.get(1)).containsExactly("执行案件台账（2026年3月）");
        assertThat(rows.get(2)).containsExactly("案号", "被执行人", "标的（元）", "件数", "比例", "立案日期", "结案时间", "已结", "备注");
        assertThat(rows.get(3)).containsExactly("(2026)豫1330执1号", "桐柏县某建材有限公司", "120000.5", "3", "0.25",
                "2026-03-02", "2026-03-02T10:15:30", "TRUE", "");
        assertThat(rows.get(4)).containsExactly("(2026)豫1330执2号", "张三", "80", "12", "0.3", "1900-01-01",
                "1899-12-31 08:00:00", "FALSE", "含控制字符\u0001与 <&>\"' 及 _x0041_");
        assertThat(rows.get(5)).containsExactly("(2026)豫1330执3号", " 前后有空格 ", "0.125", "1234567890123456789", "",
                "1900-03-01", "", "", "多行\n备注");
        assertThat(rows.get(7)).containsExactly("制表人：李四", "", "", "", "", "", "", "", "");
    }

    @Test
    void aThousandRowsAreQuick() {
        List<List<Object>> rows = IntStream.rangeClosed(1, 1000).mapToObj(i -> row("(2026)豫1330执" + i + "号",
                "被执行人" + i, new BigDecimal("120000.50"), LocalDate.of(2026, 3, 2), i % 2 == 0)).toList();
        Sheet s = new Sheet("台账", "台账", List.of("案号", "被执行人", "标的", "日期", "已结"), rows, List.of("制表人：李四"));
        for (int i = 0; i < 5; i++) {
            writer.write(List.of(s));
        }
        long t0 = System.nanoTime();
        byte[] xlsx = writer.write(List.of(s));
        long t1 = System.nanoTime();
        int[] count = {0};
        new XlsxReader(10 << 20).read(new ByteArrayInputStream(xlsx), (n, cells) -> ++count[0] > 0);
        long t2 = System.nanoTime();
        assertThat(count[0]).isEqualTo(1003);
        System.out.printf("XLSX 1,000 rows: write %.1f ms (%d bytes), read %.1f ms%n", (t1 - t0) / 1e6, xlsx.length,
                (t2 - t1) / 1e6);
    }

    @Test
    void programmingMistakesAreRefused() {
        assertThatThrownBy(() -> writer.write(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void excelSerialDates() {
        assertThat(XlsxWriter.serial(LocalDateTime.of(1900, 1, 1, 0, 0))).isEqualTo("1");
        assertThat(XlsxWriter.serial(LocalDateTime.of(1900, 2, 28, 0, 0))).isEqualTo("59");
        assertThat(XlsxWriter.serial(LocalDateTime.of(1900, 3, 1, 0, 0))).isEqualTo("61");
        assertThat(XlsxWriter.serial(LocalDateTime.of(2026, 3, 2, 12, 0))).isEqualTo("46083.5");
        assertThat(XlsxWriter.serial(LocalDateTime.of(1899, 12, 31, 0, 0))).isNull();
        assertThat(XlsxWriter.column(0)).isEqualTo("A");
        assertThat(XlsxWriter.column(25)).isEqualTo("Z");
        assertThat(XlsxWriter.column(26)).isEqualTo("AA");
        assertThat(XlsxWriter.column(16_383)).isEqualTo("XFD");
    }

    @Test
    void cellsOfOtherTypesAreWrittenAsTheirText() throws IOException {
        Sheet s = new Sheet("x", null, List.of("a", "b", "c"),
                List.of(row(java.time.Instant.EPOCH, Double.NaN, Cell.class.getSimpleName())), null);
        try (XSSFWorkbook wb = poi(writer.write(List.of(s)))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("1970-01-01T00:00:00Z");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("NaN");
        }
    }
}
