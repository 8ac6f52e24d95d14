package cn.ecc.web.internal.nodes;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.nodes.CaseTerm;
import cn.ecc.api.nodes.CaseTermService;
import cn.ecc.api.nodes.TermPauseReason;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import javax.ws.rs.Consumes;
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

/**
 * {@code /api/cases/{caseId}/term}: the case term (审限), its pause and resumption. Extensions come only from an
 * approved extension (the approval service), so there is no endpoint for them here.
 */
@Component(service = CaseTermResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/cases/{caseId}/term")
@Produces(MediaType.APPLICATION_JSON)
public class CaseTermResource {

    private final CaseTermService terms;

    @Activate
    public CaseTermResource(@Reference CaseTermService terms) {
        this.terms = terms;
    }

    /** Why the term stops: SUSPENSION, ANNOUNCEMENT, APPRAISAL, AUCTION or SALE. */
    public record Pause(TermPauseReason reason) {
    }

    @GET
    @Doc(value = "案件审限（含暂停、延长记录）", returns = CaseTerm.class)
    public CaseTerm get(@PathParam("caseId") String caseId, @Context SecurityContext security) {
        return terms.term(Params.id("caseId", caseId), RestActors.actor(security));
    }

    @POST
    @Path("/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "审限暂停计算（中止、公告、鉴定评估、拍卖、变卖期间）", returns = CaseTerm.class)
    public CaseTerm suspend(@PathParam("caseId") String caseId, Pause body, @Context SecurityContext security) {
        if (body == null) {
            throw InvalidInputException.of("reason", "必须填写，可选：SUSPENSION, ANNOUNCEMENT, APPRAISAL, AUCTION, SALE");
        }
        return terms.suspend(Params.id("caseId", caseId), body.reason(), RestActors.actor(security));
    }

    @POST
    @Path("/resume")
    @Doc(value = "审限恢复计算，暂停的天数加入审限", returns = CaseTerm.class)
    public CaseTerm resume(@PathParam("caseId") String caseId, @Context SecurityContext security) {
        return terms.resume(Params.id("caseId", caseId), RestActors.actor(security));
    }
}
