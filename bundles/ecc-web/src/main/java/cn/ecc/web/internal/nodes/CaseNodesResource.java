package cn.ecc.web.internal.nodes;

import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.Providers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/cases/{caseId}/nodes}: a case's nodes, and completing one. */
@Component(service = CaseNodesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/cases/{caseId}/nodes")
@Produces(MediaType.APPLICATION_JSON)
public class CaseNodesResource {

    private final NodeService nodes;

    @Activate
    public CaseNodesResource(@Reference NodeService nodes) {
        this.nodes = nodes;
    }

    /** The body of a completion; may be left out. */
    public record Completion(String note) {
    }

    @GET
    @Doc(value = "案件的流程节点（未完成的按期限在前）", returns = Page.class, of = NodeView.class)
    public Page<NodeView> list(@PathParam("caseId") String caseId, @Context SecurityContext security) {
        List<NodeView> all = nodes.nodesOf(Params.id("caseId", caseId), RestActors.actor(security));
        return new Page<>(all, all.size(), PageRequest.MAX_LIMIT, 0);
    }

    /**
     * Completes a node. The body is optional (a button in a client sends none, and so no content type either); when
     * there is one it is read as JSON like every body of the platform, and only as JSON: a body of another type
     * answers 415 and completes nothing (without {@code @Consumes}, which would refuse the bodiless button too, the
     * type is checked here).
     */
    @POST
    @Path("/{nodeId}/complete")
    @Doc(value = "完成节点（可附说明 {\"note\": …}，也可不带请求体）；已完成的节点原样返回", returns = NodeView.class)
    public NodeView complete(@PathParam("caseId") String caseId, @PathParam("nodeId") String nodeId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body, @Context Providers providers,
            @Context SecurityContext security) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
        String note = null;
        if (!new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            if (!isJson(contentType)) {
                throw new WebApplicationException("内容类型“" + (contentType == null ? "（未给出）" : contentType)
                        + "”不受支持：说明请以 application/json 发送，或不带请求体", 415);
            }
            Annotation[] none = new Annotation[0];
            MessageBodyReader<Completion> json = providers.getMessageBodyReader(Completion.class, Completion.class,
                    none, MediaType.APPLICATION_JSON_TYPE);
            Completion c = json.readFrom(Completion.class, Completion.class, none, MediaType.APPLICATION_JSON_TYPE,
                    new MultivaluedHashMap<>(), new ByteArrayInputStream(bytes));
            note = c == null ? null : c.note();
        }
        return nodes.complete(Params.id("caseId", caseId), Params.id("nodeId", nodeId), note,
                RestActors.actor(security));
    }

    /** application/json, or a JSON-based type such as application/merge-patch+json, with any parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json")
                && type.indexOf('/') == type.lastIndexOf('/') && type.length() > "application/+json".length();
    }
}
