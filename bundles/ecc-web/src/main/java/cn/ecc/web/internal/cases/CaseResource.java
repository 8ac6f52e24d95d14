package cn.ecc.web.internal.cases;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CasePatch;
import cn.ecc.api.cases.CaseQuery;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.CaseSummary;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.rest.Doc;
import cn.ecc.rest.ETags;
import cn.ecc.rest.EccRest;
import cn.ecc.api.common.Inputs;
import cn.ecc.rest.RestActors;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
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

/** {@code /api/cases}: file, read, search and change cases. */
@Component(service = CaseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;

    @Activate
    public CaseResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "立案：登记一件执行案件并分配案号", status = 201, returns = CaseDetail.class)
    public Response file(NewCase input, @Context SecurityContext security, @Context UriInfo uri) {
        CaseDetail c = cases.file(input, RestActors.actor(security));
        return Response.created(uri.getBaseUriBuilder().path("cases/{id}").build(c.id()))
                .tag(ETags.of(c.version())).entity(c).build();
    }

    @GET
    @Path("/{id}")
    @Doc(value = "案件详情（含当事人；个人信息按权限脱敏）", returns = CaseDetail.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        CaseDetail c = cases.get(id, RestActors.actor(security));
        return ETags.ok(c, c.version());
    }

    @GET
    @Doc(value = "按条件查询案件（分页）", returns = Page.class, of = CaseSummary.class)
    public Page<CaseSummary> search(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("handler") String handler, @QueryParam("filedFrom") String filedFrom,
            @QueryParam("filedTo") String filedTo, @QueryParam("q") String text, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @Context SecurityContext security) {
        CaseQuery query = new CaseQuery(Inputs.enumValue("status", status, CaseStatus.class),
                Inputs.enumValue("type", type, CaseType.class), handler, Inputs.date("filedFrom", filedFrom),
                Inputs.date("filedTo", filedTo), text,
                PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset)));
        return cases.search(query, RestActors.actor(security));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Doc(value = "修改案件信息（须带 If-Match）", returns = CaseDetail.class)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CasePatch patch, @Context SecurityContext security) {
        CaseDetail c = cases.update(id, ETags.expectedVersion(ifMatch), patch, RestActors.actor(security));
        return ETags.ok(c, c.version());
    }
}
