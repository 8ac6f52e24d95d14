package cn.ecc.web.internal;

import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/health}, the one answer without login: ready (200) only when every installed ECC bundle is
 * active, each of its components is satisfied, and the JAX-RS runtime has refused none of its resources;
 * otherwise 503 naming what is missing. Load balancers and start scripts wait for it.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** Every bundle of the product has a symbolic name in this namespace. */
    static final String PREFIX = "cn.ecc.";

    private static final Set<Integer> BROKEN = Set.of(ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION,
            ComponentConfigurationDTO.UNSATISFIED_REFERENCE, ComponentConfigurationDTO.FAILED_ACTIVATION);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final JaxrsServiceRuntime jaxrs;

    @Activate
    public HealthResource(BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference JaxrsServiceRuntime jaxrs) {
        this.context = context;
        this.scr = scr;
        this.jaxrs = jaxrs;
    }

    /** The health answer's body. */
    public record Health(String status, int bundles, List<String> problems) {
    }

    @GET
    @PermitAll
    @Doc(value = "健康检查：全部已安装模块启动完成时为 UP（200），否则 503", returns = Health.class)
    public Response health() {
        List<String> problems = new ArrayList<>();
        List<Bundle> ours = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(PREFIX))
                .filter(b -> (b.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0)
                .toList();
        for (Bundle b : ours) {
            if (b.getState() != Bundle.ACTIVE) {
                problems.add(b.getSymbolicName() + " is not active");
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                problems.addAll(componentProblems(b, d));
            }
        }
        // one snapshot for both questions: building it introspects every resource of every application
        RuntimeDTO runtime = jaxrs.getRuntimeDTO();
        problems.addAll(refusedByJaxrs(runtime, ours));
        problems.addAll(notYetServed(runtime, ours));
        Health h = new Health(problems.isEmpty() ? "UP" : "STARTING", ours.size(), problems);
        return Response.status(problems.isEmpty() ? 200 : 503).entity(h).build();
    }

    private List<String> componentProblems(Bundle b, ComponentDescriptionDTO d) {
        if (!scr.isComponentEnabled(d)) {
            return List.of();
        }
        var configurations = scr.getComponentConfigurationDTOs(d);
        if (configurations.isEmpty()) {
            // a component that only runs when configured (e.g. the test clock) is fine without configuration
            return "require".equals(d.configurationPolicy) ? List.of()
                    : List.of(b.getSymbolicName() + ": " + d.name + " has not started");
        }
        return configurations.stream().filter(c -> BROKEN.contains(c.state))
                .map(c -> b.getSymbolicName() + ": " + d.name + " is " + state(c)).toList();
    }

    private static String state(ComponentConfigurationDTO c) {
        if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
            return "waiting for " + Arrays.stream(c.unsatisfiedReferences).map(r -> r.name)
                    .reduce((a, b) -> a + ", " + b).orElse("a service");
        }
        return c.state == ComponentConfigurationDTO.FAILED_ACTIVATION ? "failed: " + firstLine(c.failure)
                : "waiting for configuration";
    }

    /** The failure's root cause in one line; the full trace is in the log. */
    private static String firstLine(String failure) {
        if (failure == null) {
            return "unknown";
        }
        String[] lines = failure.split("\\R");
        String cause = lines[0];
        for (String line : lines) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return cause;
    }

    private List<String> refusedByJaxrs(RuntimeDTO rt, List<Bundle> ours) {
        Set<Long> ourBundles = Set.copyOf(ours.stream().map(Bundle::getBundleId).toList());
        List<BaseDTO> failed = Stream.of(rt.failedApplicationDTOs, rt.failedResourceDTOs, rt.failedExtensionDTOs)
                .filter(a -> a != null).flatMap(Arrays::stream).map(BaseDTO.class::cast).toList();
        List<String> problems = new ArrayList<>();
        for (BaseDTO f : failed) {
            Long bundle = bundleOfService(f.serviceId);
            if (bundle != null && ourBundles.contains(bundle)) {
                problems.add("JAX-RS refused " + (f.name == null ? "service " + f.serviceId : f.name));
            }
        }
        return problems;
    }

    /**
     * Our resources and extensions that the JAX-RS runtime has neither served nor refused yet. The whiteboard adds
     * them one at a time, rebuilding the application each time; until the last one is in, a request may meet an
     * application being rebuilt, so the platform is not ready.
     */
    private List<String> notYetServed(RuntimeDTO rt, List<Bundle> ours) {
        Set<Long> known = new HashSet<>();
        List<ApplicationDTO> apps = new ArrayList<>();
        if (rt.defaultApplication != null) {
            apps.add(rt.defaultApplication);
        }
        if (rt.applicationDTOs != null) {
            apps.addAll(Arrays.asList(rt.applicationDTOs));
        }
        for (ApplicationDTO app : apps) {
            Stream.of(app.resourceDTOs, app.extensionDTOs).filter(a -> a != null).flatMap(Arrays::stream)
                    .forEach(d -> known.add(d.serviceId));
        }
        Stream.of(rt.failedApplicationDTOs, rt.failedResourceDTOs, rt.failedExtensionDTOs).filter(a -> a != null)
                .flatMap(Arrays::stream).forEach(d -> known.add(((BaseDTO) d).serviceId));
        List<String> problems = new ArrayList<>();
        for (Bundle b : ours) {
            ServiceReference<?>[] refs = b.getRegisteredServices();
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                boolean whiteboard = isTrue(ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_RESOURCE))
                        || isTrue(ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_EXTENSION));
                if (whiteboard && !known.contains((Long) ref.getProperty("service.id"))) {
                    Object name = ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_NAME);
                    problems.add(b.getSymbolicName() + ": JAX-RS has not served "
                            + (name != null ? name : Arrays.toString((String[]) ref.getProperty("objectClass")))
                            + " yet");
                }
            }
        }
        return problems;
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    private Long bundleOfService(long serviceId) {
        try {
            var refs = context.getServiceReferences((String) null, "(service.id=" + serviceId + ")");
            return refs == null || refs.length == 0 ? null : refs[0].getBundle().getBundleId();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            return null;
        }
    }
}
