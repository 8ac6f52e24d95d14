package cn.ecc.web.internal;

import cn.ecc.rest.EccRest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Marks every answer of the platform's application as not to be stored ({@code Cache-Control: no-store}, unless
 * its resource chose otherwise) and not to be content-sniffed ({@code X-Content-Type-Options: nosniff}). Answers
 * carry personal data (parties' ID numbers, phones, addresses) and documents about them, and the clerks' browsers
 * run on shared office computers, where a disk cache would keep them after the clerk has logged out. The platform
 * answers no conditional requests, so nothing is lost by it.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("ecc.no-store")
@JaxrsApplicationSelect(EccRest.APP_SELECT)
public class NoStoreFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        headers.putSingle("X-Content-Type-Options", "nosniff");
    }
}
