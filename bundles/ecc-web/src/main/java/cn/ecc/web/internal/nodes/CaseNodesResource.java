package cn.ecc.web.internal.nodes;

import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
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

    @POST
    @Path("/{nodeId}/complete")
    @Doc(value = "完成节点（可附说明 note）；已完成的节点原样返回", returns = NodeView.class)
    public NodeView complete(@PathParam("caseId") String caseId, @PathParam("nodeId") String nodeId,
            Completion body, @Context SecurityContext security) {
        return nodes.complete(Params.id("caseId", caseId), Params.id("nodeId", nodeId),
                body == null ? null : body.note(), RestActors.actor(security));
    }
}
