package cn.ecc.web.internal.openapi;

import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/openapi.json}: the API as installed now, read from the registered resources. */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final BundleContext context;

    @Activate
    public OpenApiResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @Doc("本接口说明文档（OpenAPI 3）")
    public Map<String, Object> document() throws InvalidSyntaxException {
        OpenApiBuilder builder = new OpenApiBuilder(EccRest.APP_BASE);
        ServiceReference<?>[] refs = context.getServiceReferences((String) null,
                "(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)");
        if (refs != null) {
            for (ServiceReference<?> ref : refs) {
                if (EccRest.APP_SELECT.equals(ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT))) {
                    for (String name : (String[]) ref.getProperty("objectClass")) {
                        try {
                            builder.add(ref.getBundle().loadClass(name));
                        } catch (ClassNotFoundException | IllegalStateException e) {
                            // the bundle went away while we read it: its operations are gone too
                            LOG.debug("Resource class {} is not loadable", name, e);
                        }
                    }
                }
            }
        }
        return builder.document("ECC 执行指挥中心接口", context.getBundle().getVersion().toString());
    }
}
