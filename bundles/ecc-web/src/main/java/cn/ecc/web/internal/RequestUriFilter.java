package cn.ecc.web.internal;

import cn.ecc.rest.EccRest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

/**
 * The first look at every request, before the JAX-RS runtime's: refuses request addresses that are not valid URIs
 * (a backslash, a stray space) with 400 problem+json, which CXF would fail on with an IllegalArgumentException
 * before the platform's error handling runs (a bare 500); answers a request for CXF's generated WADL
 * ({@code ?_wadl}) with 404, as for any address the platform does not serve, since CXF would answer it before the
 * platform's login check with a description of every endpoint (the platform's own description,
 * {@code /api/openapi.json}, needs a login); and guards the body against Jetty's way of reporting a malformed one
 * ({@link GuardedBody}).
 */
final class RequestUriFilter implements Filter {

    /** CXF's query parameter for its generated description of the application (WadlGenerator.WADL_QUERY). */
    static final String WADL = "_wadl";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
        } else if (!isValid(http.getRequestURL().toString())) {
            problem(out, 400, "invalid-input", "请求数据有误", "请求地址含有不允许的字符");
        } else if (namesWadl(http.getQueryString())) {
            problem(out, 404, "not-found", "资源不存在", "资源不存在");
        } else {
            chain.doFilter(new GuardedBody(http), response);
        }
    }

    /** An answer in the platform's problem+json, as its JAX-RS error handling writes them (UTF-8, no charset). */
    private static void problem(HttpServletResponse out, int status, String type, String title, String detail)
            throws IOException {
        out.setStatus(status);
        out.setContentType(EccRest.PROBLEM_JSON);
        out.getOutputStream().write(("{\"type\":\"urn:ecc:problem:" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Jetty reports a body it cannot parse (a chunk size that is no number) on the next read as an
     * IllegalStateException ("Parser is terminated"). Whoever reads then fails with that unchecked exception:
     * the resource (an error of ours, 500) and, worse, CXF draining the rest of the body before it writes the
     * answer, so that no answer at all is written and the client sees a bare 200. As an IOException it is what
     * it is, a broken request: the resource's read answers 400 and CXF's draining gives up quietly.
     */
    static final class GuardedBody extends HttpServletRequestWrapper {

        private ServletInputStream guarded;

        GuardedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            if (guarded == null) {
                guarded = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return guard(() -> in.read());
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return guard(() -> in.read(b, off, len));
                    }

                    @Override
                    public int available() throws IOException {
                        return guard(() -> in.available());
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }

                    @Override
                    public void close() throws IOException {
                        in.close();
                    }
                };
            }
            return guarded;
        }

        private interface Read {
            int call() throws IOException;
        }

        private static int guard(Read read) throws IOException {
            try {
                return read.call();
            } catch (IllegalStateException e) {
                throw new BrokenBodyException(e);
            }
        }
    }

    static boolean isValid(String url) {
        try {
            new URI(url);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether the query has a parameter named {@code _wadl}, however encoded: CXF looks at the decoded names. */
    static boolean namesWadl(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a malformed escape is no name CXF would decode either
            }
            if (WADL.equals(name.strip())) {
                return true;
            }
        }
        return false;
    }
}
