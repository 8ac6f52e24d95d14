package cn.ecc.docs.internal.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes a text file that is UTF-8 (with or without BOM) or GB18030, the superset of GBK that Excel on Chinese
 * Windows writes. ASCII is the same in both, so bytes pass through until the first non-ASCII byte; there a
 * bounded window (8 KiB) is checked: valid UTF-8 means UTF-8, anything else GB18030. The file is never read
 * whole. Bytes invalid in the chosen encoding later on fail the read ({@link java.nio.charset.MalformedInputException}).
 */
final class DetectingReader extends Reader {

    static final int WINDOW = 8 * 1024;
    static final Charset GB18030 = Charset.forName("GB18030");

    private final InputStream in;
    private final byte[] buffer = new byte[8 * 1024];
    private int pos;
    private int len;
    private boolean started;
    private Reader decoded;
    private Charset charset;

    DetectingReader(InputStream in) {
        this.in = in;
    }

    /** The encoding chosen, or null while everything read so far was ASCII. */
    Charset charset() {
        return charset;
    }

    /** The first bytes of the file, for recognising what it really is; call before reading. */
    byte[] head(int n) throws IOException {
        start();
        return Arrays.copyOfRange(buffer, pos, Math.min(len, pos + n));
    }

    private void start() throws IOException {
        if (started) {
            return;
        }
        started = true;
        len = in.readNBytes(buffer, 0, buffer.length);
        if (len >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            pos = 3;
            switchTo(StandardCharsets.UTF_8, Arrays.copyOfRange(buffer, pos, len));
        }
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        start();
        if (decoded != null) {
            return decoded.read(chars, offset, length);
        }
        if (length == 0) {
            return 0;
        }
        if (pos == len) {
            len = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (len < 0) {
                len = 0;
                return -1;
            }
        }
        int n = 0;
        while (n < length && pos < len) {
            byte b = buffer[pos];
            if (b < 0) {
                break;
            }
            chars[offset + n++] = (char) b;
            pos++;
        }
        if (n > 0) {
            return n;
        }
        // the first non-ASCII byte: look at a window from here and choose
        byte[] window = Arrays.copyOf(Arrays.copyOfRange(buffer, pos, len), WINDOW);
        int filled = len - pos;
        if (filled < WINDOW) {
            filled += in.readNBytes(window, filled, WINDOW - filled);
        }
        byte[] ahead = Arrays.copyOf(window, filled);
        boolean atEnd = filled < WINDOW;
        switchTo(isUtf8(ahead, atEnd) ? StandardCharsets.UTF_8 : GB18030, ahead);
        return decoded.read(chars, offset, length);
    }

    private void switchTo(Charset cs, byte[] pending) {
        charset = cs;
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        decoded = new InputStreamReader(new SequenceInputStream(new ByteArrayInputStream(pending), in), decoder);
    }

    /** Whether the bytes are valid UTF-8; a sequence cut by the window's end counts as valid unless at the end. */
    static boolean isUtf8(byte[] bytes, boolean atEnd) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, atEnd);
        if (result.isError()) {
            return false;
        }
        return !atEnd || decoder.flush(out).isUnderflow() && !in.hasRemaining();
    }

    /** Leaves the stream open: it belongs to the caller. */
    @Override
    public void close() {
        decoded = null;
    }
}
