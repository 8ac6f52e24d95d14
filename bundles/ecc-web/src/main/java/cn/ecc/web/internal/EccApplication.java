package cn.ecc.web.internal;

import cn.ecc.rest.EccRest;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The platform's one JAX-RS application under {@code /api}. Its resources and extensions come from the
 * whiteboard: the core's here, each area's from its own bundle, all selecting this application by name.
 */
@Component(service = Application.class)
@JaxrsName(EccRest.APP_NAME)
@JaxrsApplicationBase(EccRest.APP_BASE)
public class EccApplication extends Application {
}
