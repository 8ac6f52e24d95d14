package cn.ecc.bench.probe.internal;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/health}: served once the unit has answered, so 200 means the probe's whole stack is up. */
@Component(service = Health.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + ProbeApplication.NAME + ")")
@JaxrsExtensionSelect("(osgi.jaxrs.name=" + ProbeJson.NAME + ")")
@Path("health")
public class Health {

    private final Catalogue catalogue;

    @Activate
    public Health(@Reference Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get() {
        return Map.of("status", "UP", "tables", catalogue.tables());
    }
}
