package cn.ecc.web.internal.nodes;

import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.nodes.NodeQuery;
import cn.ecc.api.nodes.NodeRule;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.nodes.NodeWarningService;
import cn.ecc.api.nodes.ScanResult;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/nodes}: nodes of all cases by state, the rules in force, and the warning scan on demand. */
@Component(service = NodesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/nodes")
@Produces(MediaType.APPLICATION_JSON)
public class NodesResource {

    private final NodeService nodes;
    private final NodeWarningService warnings;

    @Activate
    public NodesResource(@Reference NodeService nodes, @Reference NodeWarningService warnings) {
        this.nodes = nodes;
        this.warnings = warnings;
    }

    @GET
    @Doc(value = "按状态查询节点（state=due-soon|overdue|open|done，缺省为全部未完成；分页，按期限排序）",
            returns = Page.class, of = NodeView.class)
    public Page<NodeView> search(@QueryParam("state") String state, @QueryParam("handler") String handler,
            @QueryParam("type") String type, @QueryParam("caseId") String caseId,
            @QueryParam("dueBefore") String dueBefore, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @Context SecurityContext security) {
        NodeQuery q = new NodeQuery(Params.state("state", state), handler, type,
                caseId == null || caseId.isBlank() ? null : Params.id("caseId", caseId),
                Inputs.date("dueBefore", dueBefore),
                PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset)));
        return nodes.search(q, RestActors.actor(security));
    }

    @GET
    @Path("/rules")
    @Doc(value = "现行节点期限规则（产品默认及本院调整）", returns = List.class, of = NodeRule.class)
    public List<NodeRule> rules(@Context SecurityContext security) {
        return nodes.rules(RestActors.actor(security));
    }

    @POST
    @Path("/scan")
    @Doc(value = "立即扫描即将到期与超期节点，发出提醒并登记预警台帐（节点管理）", returns = ScanResult.class)
    public ScanResult scan(@Context SecurityContext security) {
        ScanResult r = warnings.scan(RestActors.actor(security));
        if (!r.ran()) {
            throw new ConflictException(r.message());
        }
        return r;
    }
}
