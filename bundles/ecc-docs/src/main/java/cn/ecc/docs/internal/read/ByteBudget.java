package cn.ecc.docs.internal.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How many bytes one read may take from its input, counted as they are actually produced (decompressed), so
 * that a zip bomb or an endless upload stops at the limit whatever its headers claim.
 */
public final class ByteBudget {

    private final long limit;
    private long used;
    private boolean exceeded;

    public ByteBudget(long limit) {
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** True once a stream of this budget went past the limit (the parser may have wrapped the exception). */
    public boolean exceeded() {
        return exceeded;
    }

    /** The stream, counting against this budget. */
    public InputStream wrap(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    take(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    take(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                take(skipped);
                return skipped;
            }
        };
    }

    private void take(long n) throws LimitExceededException {
        used += n;
        if (used > limit) {
            exceeded = true;
            throw new LimitExceededException(limit);
        }
    }

    /** The input is larger than the budget. */
    public static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException(long limit) {
            super("input exceeds " + limit + " bytes");
        }
    }
}
