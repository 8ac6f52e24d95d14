package cn.ecc.web.internal;

import cn.ecc.rest.EccRest;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * JSON for the platform's application only, with the platform's mapper. Resources select it by name
 * ({@link EccRest#JSON_SELECT}), so none is served before it is there.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName(EccRest.JSON_EXTENSION)
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
@Produces({MediaType.APPLICATION_JSON, EccRest.PROBLEM_JSON})
public class JsonProvider extends JacksonJsonProvider {

    /**
     * Waits for the authentication filter: every resource waits for this provider, so none is served before
     * logins are checked.
     */
    @Activate
    public JsonProvider(@Reference(target = EccRest.AUTH_SELECT) ContainerRequestFilter authentication) {
        super(JsonMapper.create());
    }
}
