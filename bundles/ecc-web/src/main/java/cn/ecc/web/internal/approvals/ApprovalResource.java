package cn.ecc.web.internal.approvals;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalState;
import cn.ecc.api.approvals.ApprovalType;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.Decision;
import cn.ecc.api.approvals.NewApproval;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.rest.Doc;
import cn.ecc.rest.ETags;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/approvals}: ask for approvals, decide them, print the approval form. */
@Component(service = ApprovalResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/approvals")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    private final ApprovalService approvals;

    @Activate
    public ApprovalResource(@Reference ApprovalService approvals) {
        this.approvals = approvals;
    }

    /** A decision on the open step. */
    public record DecisionInput(Decision decision, String comment) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "提出审批申请（审批环节按 ecc.approvals 配置）", status = 201, returns = ApprovalView.class)
    public Response request(NewApproval input, @Context SecurityContext security, @Context UriInfo uri) {
        ApprovalView a = approvals.request(input, RestActors.actor(security));
        return Response.created(uri.getBaseUriBuilder().path("approvals/{id}").build(a.id())).tag(ETags.of(a.version()))
                .entity(a).build();
    }

    @GET
    @Doc(value = "查询审批（mine=true：待本人审批的）", returns = Page.class, of = ApprovalView.class)
    public Page<ApprovalView> search(@QueryParam("state") String state, @QueryParam("type") String type,
            @QueryParam("case") String caseId, @QueryParam("mine") String mine, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @Context SecurityContext security) {
        Long id = null;
        if (caseId != null && !caseId.isBlank()) {
            try {
                id = Long.valueOf(caseId.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("case", "应为案件编号（整数）");
            }
        }
        return approvals.search(Inputs.enumValue("state", state, ApprovalState.class),
                Inputs.enumValue("type", type, ApprovalType.class), id,
                Boolean.TRUE.equals(Inputs.bool("mine", mine)),
                PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset)),
                RestActors.actor(security));
    }

    @GET
    @Path("/{id}")
    @Doc(value = "审批详情（含各环节审批人、意见与时间）", returns = ApprovalView.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        ApprovalView a = approvals.get(id, RestActors.actor(security));
        return ETags.ok(a, a.version());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "审批当前环节：APPROVE 同意 / REJECT 不同意（决定不可更改；并发审批时后到者 409）",
            returns = ApprovalView.class)
    public Response decide(@PathParam("id") long id, DecisionInput input, @Context SecurityContext security) {
        if (input == null) {
            throw InvalidInputException.of("decision", "必须填写");
        }
        ApprovalView a = approvals.decide(id, input.decision(), input.comment(), RestActors.actor(security));
        return ETags.ok(a, a.version());
    }

    @GET
    @Path("/{id}/form")
    @Produces(EccRest.PDF)
    @Doc(value = "审批单（PDF，附卷）", returns = byte[].class)
    public Response form(@PathParam("id") long id, @Context SecurityContext security) {
        byte[] pdf = approvals.form(id, RestActors.actor(security));
        return Response.ok(pdf, EccRest.PDF)
                .header("Content-Disposition", "inline; filename=\"approval-" + id + ".pdf\"").build();
    }
}
