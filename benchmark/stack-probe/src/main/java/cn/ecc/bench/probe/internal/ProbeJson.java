package cn.ecc.bench.probe.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** JSON with Jackson and java.time, as ECC's; none of ECC's strictness settings. */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName(ProbeJson.NAME)
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + ProbeApplication.NAME + ")")
@JaxrsMediaType(MediaType.APPLICATION_JSON)
public class ProbeJson extends JacksonJsonProvider {

    static final String NAME = "bench-probe-json";

    public ProbeJson() {
        super(new ObjectMapper().registerModule(new JavaTimeModule()));
    }
}
