package cn.ecc.bench.probe.internal;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** A named application under /api, as ECC's. */
@Component(service = Application.class)
@JaxrsName(ProbeApplication.NAME)
@JaxrsApplicationBase("api")
public class ProbeApplication extends Application {

    static final String NAME = "bench-probe";
}
