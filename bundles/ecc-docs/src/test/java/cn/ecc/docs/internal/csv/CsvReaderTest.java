package cn.ecc.docs.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static final long LIMIT = 10L << 20;
    static final Charset GBK = Charset.forName("GBK");

    static Map<Integer, List<String>> read(byte[] csv) {
        return read(new ByteArrayInputStream(csv), LIMIT);
    }

    static Map<Integer, List<String>> read(InputStream csv, long limit) {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        new CsvReader(limit).read(csv, (n, cells) -> {
            rows.put(n, cells);
            return true;
        });
        return rows;
    }

    static String refusal(byte[] csv) {
        try {
            read(csv);
        } catch (InvalidInputException e) {
            assertThat(e.violations()).extracting(Violation::field).containsExactly("file");
            return e.violations().get(0).message();
        }
        throw new AssertionError("the file was read");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        Map<Integer, List<String>> rows = read(utf8("案号,被执行人,备注,金额\r\n"
                + "\"(2026)豫1330执1号\",\"桐柏县某建材有限公司,法定代表人王五\",\"他说\"\"已履行\"\"\",120000.50\r\n"
                + "(2026)豫1330执2号,张三,\"第一行\r\n第二行\",\r\n"
                + "(2026)豫1330执3号,李四,a\"b,\"\"\n"));
        assertThat(rows.keySet()).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(2)).containsExactly("(2026)豫1330执1号", "桐柏县某建材有限公司,法定代表人王五", "他说\"已履行\"", "120000.50");
        assertThat(rows.get(3)).containsExactly("(2026)豫1330执2号", "张三", "第一行\r\n第二行", "");
        // a stray quote inside an unquoted field is text, as Excel reads it
        assertThat(rows.get(4)).containsExactly("(2026)豫1330执3号", "李四", "a\"b", "");
    }

    @Test
    void blankLinesAreSkippedAndShortRowsPaddedToTheHeader() {
        Map<Integer, List<String>> rows = read(utf8("a,b,c\n\n1\n,,\n2,,3,4\n5"));
        assertThat(rows.keySet()).containsExactly(1, 3, 5, 6);
        assertThat(rows.get(3)).containsExactly("1", "", "");
        assertThat(rows.get(5)).containsExactly("2", "", "3", "4");
        assertThat(rows.get(6)).containsExactly("5", "", "", "");
    }

    @Test
    void utf8WithAndWithoutBom() {
        String text = "案号,被执行人\n(2026)豫1330执1号,张三\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = concat(bom, utf8(text));
        assertThat(read(withBom).get(1)).containsExactly("案号", "被执行人");
        assertThat(read(utf8(text)).get(2)).containsExactly("(2026)豫1330执1号", "张三");
    }

    @Test
    void gbkAsExcelSavesOnChineseWindows() {
        String text = "案号,被执行人,地址\r\n(2026)豫1330执1号,张三,河南省桐柏县城关镇大同街18号\r\n";
        Map<Integer, List<String>> rows = read(text.getBytes(GBK));
        assertThat(rows.get(1)).containsExactly("案号", "被执行人", "地址");
        assertThat(rows.get(2)).containsExactly("(2026)豫1330执1号", "张三", "河南省桐柏县城关镇大同街18号");
        // GB18030 characters beyond GBK, e.g. a rare character in a name
        String rare = "姓名\n王𠀀\n";
        assertThat(read(rare.getBytes(Charset.forName("GB18030"))).get(2)).containsExactly("王𠀀");
    }

    @Test
    void gbkAfterALongAsciiStartIsStillRecognised() {
        StringBuilder b = new StringBuilder("no,name\n");
        for (int i = 0; i < 2000; i++) {
            b.append(i).append(",ascii only\n");
        }
        b.append("2000,张三\n");
        Map<Integer, List<String>> rows = read(b.toString().getBytes(GBK));
        assertThat(rows.get(2002)).containsExactly("2000", "张三");
    }

    @Test
    void utf8ThatTurnsInvalidLaterIsRefusedNotGarbled() {
        byte[] good = utf8("姓名\n" + "张三\n".repeat(3000));
        byte[] bad = concat(good, new byte[] {(byte) 0xD6, (byte) 0xD0, '\n'});
        assertThat(refusal(bad)).contains("编码", "UTF-8", "GBK");
    }

    @Test
    void refusesBinaryFilesAndUnclosedQuotes() throws IOException {
        byte[] random = new byte[4096];
        new Random(3).nextBytes(random);
        random[10] = 0;
        assertThat(refusal(random)).startsWith("文件不是有效的 CSV 文件");
        assertThat(refusal(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0})).contains("XLSX");
        assertThat(refusal(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0})).contains(".xls");
        assertThat(refusal(utf8("%PDF-1.7\n"))).contains("PDF");
        assertThat(refusal(utf8("a,b\n1,\"never closed\n2,3\n"))).isEqualTo("文件不是有效的 CSV 文件：第 2 行的引号没有闭合");
        assertThat(refusal(utf8("a\u0000b\n"))).isEqualTo("文件不是有效的 CSV 文件");
    }

    @Test
    void anEmptyFileHasNoRows() {
        assertThat(read(new byte[0])).isEmpty();
        assertThat(read(utf8("\n\n"))).isEmpty();
    }

    @Test
    void theHandlerStopsTheReadAndItsExceptionsPassThrough() {
        List<Integer> seen = new ArrayList<>();
        new CsvReader(LIMIT).read(new ByteArrayInputStream(utf8("a\nb\nc\nd\n")), (n, cells) -> {
            seen.add(n);
            return n < 2;
        });
        assertThat(seen).containsExactly(1, 2);
        IllegalStateException own = new IllegalStateException("mine");
        assertThatThrownBy(() -> new CsvReader(LIMIT).read(new ByteArrayInputStream(utf8("a\n")), (n, cells) -> {
            throw own;
        })).isSameAs(own);
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileStreaming() {
        // an endless upload: the limit stops it, nothing waits for its end
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (i % 10 == 9) ? (byte) '\n' : (byte) 'a';
                }
                return len;
            }
        };
        assertThatThrownBy(() -> read(endless, 1 << 20)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("超过 1 MB");
    }

    @Test
    void utf8DetectionLooksAtABoundedWindow() {
        byte[] chinese = utf8("张三李四");
        assertThat(DetectingReader.isUtf8(chinese, true)).isTrue();
        assertThat(DetectingReader.isUtf8("张三".getBytes(GBK), true)).isFalse();
        // a character cut by the window's end is fine unless the file ends there
        byte[] cut = java.util.Arrays.copyOf(chinese, chinese.length - 1);
        assertThat(DetectingReader.isUtf8(cut, false)).isTrue();
        assertThat(DetectingReader.isUtf8(cut, true)).isFalse();
    }

    @Test
    void aLargeFileStreams() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] line = "(2026)豫1330执1号,桐柏县某建材有限公司,120000.50,2026-03-02\n".getBytes(GBK);
        for (int i = 0; i < 50_000; i++) {
            out.writeBytes(line);
        }
        int[] count = {0};
        long t0 = System.nanoTime();
        new CsvReader(LIMIT).read(new ByteArrayInputStream(out.toByteArray()), (n, cells) -> {
            count[0]++;
            return cells.size() == 4;
        });
        System.out.printf("CSV 50,000 GBK rows (%d bytes): %.1f ms%n", out.size(), (System.nanoTime() - t0) / 1e6);
        assertThat(count[0]).isEqualTo(50_000);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
