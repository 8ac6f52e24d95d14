package cn.ecc.web.internal;

import cn.ecc.rest.EccRest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Refuses request addresses that are not valid URIs (a backslash, a stray space) with 400 problem+json. CXF
 * would fail on them with an IllegalArgumentException before the platform's error handling runs, and the
 * client would get a bare 500.
 */
@Component(service = Filter.class, property = "service.ranking:Integer=10")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.for" + EccRest.APP_NAME + ")")
@HttpWhiteboardFilterName("ecc-request-uri")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterAsyncSupported
public class RequestUriFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && !isValid(http.getRequestURL().toString())) {
            out.setStatus(400);
            out.setContentType(EccRest.PROBLEM_JSON + ";charset=UTF-8");
            out.getOutputStream().write(("{\"type\":\"urn:ecc:problem:invalid-input\",\"title\":\"请求数据有误\","
                    + "\"status\":400,\"detail\":\"请求地址含有不允许的字符\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isValid(String url) {
        try {
            new URI(url);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
