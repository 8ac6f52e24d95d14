package cn.ecc.web.internal;

import cn.ecc.rest.BodyLimit;
import cn.ecc.rest.EccRest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import javax.ws.rs.Consumes;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Checks request bodies before they are read: a malformed or wildcard Content-Type answers 415, and so does a
 * missing one where the method names what it consumes; bodies over
 * the limit answer 413: by their declared length, and,
 * for chunked bodies, by counting as they stream. Runs after matching, so that a method's
 * {@link BodyLimit} applies.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "ecc.web")
@Designate(ocd = WebConfig.class)
@JaxrsExtension
@JaxrsName("ecc.body-limit")
@JaxrsApplicationSelect(EccRest.APP_SELECT)
public class BodyLimitFilter implements ContainerRequestFilter {

    private final long defaultLimit;

    @Context
    private ResourceInfo resource;

    @Activate
    public BodyLimitFilter(WebConfig config) {
        this.defaultLimit = config.maxBodyBytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && !type.isBlank() && !isConcrete(type)) {
            // a body of unknown type must not be read as JSON by the runtime's fallback
            throw new WebApplicationException("内容类型“" + type + "”无效，应如 application/json", 415);
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        if ((type == null || type.isBlank()) && method != null && refusesUntyped(method)) {
            // the runtime would take the body for application/octet-stream, find no reader and log an error
            throw new WebApplicationException("请求缺少内容类型（Content-Type），应为 "
                    + String.join(" 或 ", method.getAnnotation(Consumes.class).value()), 415);
        }
        long limit = limitFor(method);
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > limit) {
                    throw new PayloadTooLargeException(limit);
                }
            } catch (NumberFormatException e) {
                // the container refuses a malformed length itself; count the stream below
            }
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    /** A method that names what it consumes, and not the type a body without one is taken for (RFC 9110 8.3). */
    private static boolean refusesUntyped(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        return consumes != null && java.util.Arrays.stream(consumes.value())
                .noneMatch(t -> t.strip().startsWith(MediaType.APPLICATION_OCTET_STREAM));
    }

    static boolean isConcrete(String contentType) {
        try {
            MediaType m = MediaType.valueOf(contentType.strip());
            return !m.isWildcardType() && !m.isWildcardSubtype() && !m.getType().isBlank()
                    && !m.getSubtype().isBlank();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private long limitFor(Method method) {
        BodyLimit own = method == null ? null : method.getAnnotation(BodyLimit.class);
        return own == null ? defaultLimit : own.value();
    }

    /** Counts what is read and fails once past the limit. */
    static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
