package cn.ecc.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Bridges the moment the JAX-RS whiteboard rebuilds the application. Whenever a resource comes or goes (an
 * area installed, updated or removed) the whiteboard destroys the application's CXF server and starts a new
 * one; a request arriving in between is answered by CXF's bare "No service was found." 404, although the
 * platform is serving. CXF answers that before it reads the request, so the request can be handed to the
 * application again: this filter does so, for up to a few seconds, and lets every other answer through
 * untouched (including the platform's own 404 problem+json for paths that do not exist). The same holds for
 * a request that meets the old server half torn down (its destination without a message observer yet): CXF
 * fails before reading the request, and the request is handed over again.
 */
final class RebuildGapFilter implements Filter {

    /** What CXF's servlet writes when no endpoint is registered (ServletController.generateNotFound). */
    static final String NO_SERVICE = "No service was found.";
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            NotFoundHolder held = new NotFoundHolder(http);
            try {
                chain.doFilter(request, held);
            } catch (IOException | ServletException | RuntimeException e) {
                if (!isTornDown(e) || http.isCommitted() || System.nanoTime() > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(PAUSE_NANOS);
                continue;
            }
            if (!held.isNoService() || System.nanoTime() > deadline) {
                held.release();
                return;
            }
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    /** Whether CXF failed because the destination it found has no message observer (a server being rebuilt). */
    static boolean isTornDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NullPointerException && t.getMessage() != null
                    && t.getMessage().contains("org.apache.cxf.transport.MessageObserver")) {
                return true;
            }
        }
        return false;
    }

    /** Passes everything through, except that a 404's body is held back until we know whose it is. */
    static final class NotFoundHolder extends HttpServletResponseWrapper {

        private final HttpServletResponse real;
        private ByteArrayOutputStream held;
        private PrintWriter heldWriter;
        private ServletOutputStream heldStream;

        NotFoundHolder(HttpServletResponse real) {
            super(real);
            this.real = real;
        }

        @Override
        public void setStatus(int sc) {
            if (sc == 404) {
                held = new ByteArrayOutputStream();
            } else {
                super.setStatus(sc);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (held == null) {
                return super.getOutputStream();
            }
            if (heldStream == null) {
                heldStream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        held.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        held.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("held responses are written synchronously");
                    }
                };
            }
            return heldStream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (held == null) {
                return super.getWriter();
            }
            if (heldWriter == null) {
                heldWriter = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8));
            }
            return heldWriter;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (held == null) {
                super.flushBuffer();
            } else if (heldWriter != null) {
                heldWriter.flush();
            }
        }

        boolean isNoService() {
            if (held == null) {
                return false;
            }
            if (heldWriter != null) {
                heldWriter.flush();
            }
            return held.size() < 200 && held.toString(StandardCharsets.UTF_8).contains(NO_SERVICE);
        }

        /** Sends what was held: the real 404 and its body. */
        void release() throws IOException {
            if (held == null) {
                return;
            }
            if (heldWriter != null) {
                heldWriter.flush();
            }
            real.setStatus(404);
            held.writeTo(real.getOutputStream());
        }
    }
}
