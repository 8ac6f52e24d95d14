package cn.ecc.docs.internal.csv;

import cn.ecc.api.docs.RowHandler;
import cn.ecc.docs.internal.read.ByteBudget;
import cn.ecc.docs.internal.read.Problems;
import cn.ecc.docs.internal.read.RowEmitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a CSV file (RFC 4180: comma-separated, fields in double quotes may hold commas, line
 * breaks and doubled quotes; CRLF or LF line ends). Lenient where Excel is (a stray quote inside an unquoted
 * field is kept as text), strict where guessing would lose data (an unclosed quote, binary content, bytes
 * invalid in the detected encoding).
 */
public final class CsvReader {

    /** Far above Excel's 32,767 characters per cell; a field this long is a broken quote or not a CSV. */
    static final int MAX_FIELD_CHARS = 1_000_000;
    static final int MAX_FIELDS = 16_384;

    private final long limitBytes;

    public CsvReader(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    public void read(InputStream in, RowHandler handler) {
        ByteBudget budget = new ByteBudget(limitBytes);
        try {
            DetectingReader reader = new DetectingReader(budget.wrap(in));
            refuseKnownBinary(reader.head(8));
            new Parser(reader, new RowEmitter(handler)).run();
        } catch (ByteBudget.LimitExceededException e) {
            throw Problems.tooLarge(limitBytes);
        } catch (CharacterCodingException e) {
            throw Problems.notCsv("文件编码无法识别，请以 UTF-8 或 GBK 编码保存后再上传");
        } catch (IOException e) {
            if (budget.exceeded()) {
                throw Problems.tooLarge(limitBytes);
            }
            throw new UncheckedIOException(e);
        }
    }

    /** Files people upload by mistake under a .csv name: a workbook, an old Excel file, a PDF. */
    private static void refuseKnownBinary(byte[] head) {
        if (starts(head, 'P', 'K', 3, 4)) {
            throw Problems.notCsv("这是 XLSX 或其他压缩文件，请按 XLSX 上传或另存为 CSV");
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw Problems.notCsv("这是旧版 Excel（.xls）文件，请另存为 CSV 或 XLSX 后再上传");
        }
        if (starts(head, '%', 'P', 'D', 'F')) {
            throw Problems.notCsv("这是 PDF 文件");
        }
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class Parser {
        private final Reader in;
        private final RowEmitter out;
        private final char[] buffer = new char[8 * 1024];
        private int pos;
        private int len;
        private int pushedBack = -2;
        private int record = 1;
        private List<String> row = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();

        Parser(Reader in, RowEmitter out) {
            this.in = in;
            this.out = out;
        }

        private int next() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            if (pos == len) {
                len = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            char c = buffer[pos++];
            if (c == 0) {
                // text files have no NUL; binary ones have many
                throw Problems.notCsv(null);
            }
            return c;
        }

        void run() throws IOException {
            boolean quoted = false;
            boolean fieldWasQuoted = false;
            while (true) {
                int c = next();
                if (c < 0) {
                    if (quoted) {
                        throw Problems.notCsv("第 " + record + " 行的引号没有闭合");
                    }
                    if (!row.isEmpty() || field.length() > 0 || fieldWasQuoted) {
                        endField();
                        out.emit(record, row);
                    }
                    return;
                }
                if (quoted) {
                    if (c == '"') {
                        int d = next();
                        if (d == '"') {
                            append('"');
                        } else {
                            quoted = false;
                            pushedBack = d;
                        }
                    } else {
                        append((char) c);
                    }
                    continue;
                }
                switch (c) {
                    case ',' -> {
                        endField();
                        fieldWasQuoted = false;
                    }
                    case '\r', '\n' -> {
                        if (c == '\r') {
                            int d = next();
                            if (d != '\n') {
                                pushedBack = d;
                            }
                        }
                        endField();
                        fieldWasQuoted = false;
                        if (!out.emit(record, row)) {
                            return;
                        }
                        record++;
                        row = new ArrayList<>();
                    }
                    case '"' -> {
                        if (field.length() == 0 && !fieldWasQuoted) {
                            quoted = true;
                            fieldWasQuoted = true;
                        } else {
                            append('"');
                        }
                    }
                    default -> append((char) c);
                }
            }
        }

        private void append(char c) {
            if (field.length() >= MAX_FIELD_CHARS) {
                throw Problems.notCsv("第 " + record + " 行的单元格过长");
            }
            field.append(c);
        }

        private void endField() {
            if (row.size() >= MAX_FIELDS) {
                throw Problems.notCsv("第 " + record + " 行的列数过多");
            }
            row.add(field.toString());
            field.setLength(0);
        }
    }
}
