package cn.ecc.web.internal;

import cn.ecc.rest.EccRest;
import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * The platform's one servlet filter in front of its JAX-RS application: the check of the request's address
 * ({@link RequestUriFilter}), then the bridge over the application's rebuilds ({@link RebuildGapFilter}).
 *
 * <p>One filter and not one per concern, because Pax Web rebuilds a context's filter chain whenever a filter
 * joins it, and a request that arrives meanwhile meets a filter being restarted: Jetty answers it with a bare 500
 * ("Filter ... is unavailable") and logs a stack trace. The whiteboard adds a context's filters one at a time,
 * the first while it starts the context and the others while it serves, so with two filters a health probe
 * during start-up could get that 500 (seen in about one start in ten). With one, the chain is complete when the
 * {@code /api} context starts and does not change while it serves.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.for" + EccRest.APP_NAME + ")")
@HttpWhiteboardFilterName("ecc-web")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterAsyncSupported
public class EccWebFilter implements Filter {

    private final RequestUriFilter requestUri = new RequestUriFilter();
    private final RebuildGapFilter rebuildGap = new RebuildGapFilter();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        requestUri.doFilter(request, response, (checked, out) -> rebuildGap.doFilter(checked, out, chain));
    }
}
