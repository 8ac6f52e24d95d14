package cn.ecc.intake.internal.rest;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.intake.internal.IntakeService;
import cn.ecc.intake.internal.Views.AssignRequest;
import cn.ecc.intake.internal.Views.Assignment;
import cn.ecc.intake.internal.Views.Documents;
import cn.ecc.intake.internal.Views.PrintRequest;
import cn.ecc.intake.internal.Views.Series;
import cn.ecc.rest.Doc;
import cn.ecc.rest.ETags;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

/** {@code /api/intake}: filing, series, the first assignment, and the initial documents. */
@Component(service = IntakeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/intake")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    private final IntakeService intake;

    @Activate
    public IntakeResource(@Reference IntakeService intake) {
        this.intake = intake;
    }

    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "接收立案庭移送的案件（可带立案庭随机分案确定的承办人）", status = 201, returns = CaseDetail.class)
    public Response file(NewCase input, @Context SecurityContext security, @Context UriInfo uri) {
        CaseDetail c = intake.file(input, RestActors.actor(security));
        return Response.created(uri.getBaseUriBuilder().path("cases/{id}").build(c.id())).tag(ETags.of(c.version()))
                .entity(c).build();
    }

    @POST
    @Path("/cases/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "分案：照录立案庭随机分案结果（handler），或由指挥中心按在办案件数均衡随机抽取（handler 为空）",
            returns = Assignment.class)
    public Assignment assign(@PathParam("id") long id, AssignRequest request, @Context SecurityContext security) {
        if (request == null) {
            // an empty body is no choice: a draw must be asked for ({}), not fall out of a lost or broken body
            throw InvalidInputException.of("", "请求内容不能为空：随机抽取请发送 {}，照录立案庭分案结果请发送 {\"handler\": …}");
        }
        return intake.assign(id, request.handler(), RestActors.actor(security));
    }

    @GET
    @Path("/cases/{id}/assignment")
    @Doc(value = "分案记录（方式、候选人及其在办案件数、规则、抽取结果）", returns = Assignment.class)
    public Assignment assignment(@PathParam("id") long id, @Context SecurityContext security) {
        return intake.assignment(id, RestActors.actor(security))
                .orElseThrow(() -> new NotFoundException("该案件尚无分案记录"));
    }

    @GET
    @Path("/cases/{id}/documents")
    @Doc(value = "首批文书清单及发送情况", returns = Documents.class)
    public Documents documents(@PathParam("id") long id, @Context SecurityContext security) {
        return intake.documents(id, RestActors.actor(security));
    }

    @GET
    @Path("/cases/{id}/documents.pdf")
    @Produces(EccRest.PDF)
    @Doc("首批文书 PDF（documents 以逗号分隔，缺省为全部五种）")
    public Response pdf(@PathParam("id") long id, @QueryParam("documents") String documents,
            @Context SecurityContext security) {
        byte[] pdf = intake.pdf(List.of(id), split(documents), RestActors.actor(security));
        return attachment(pdf, "initial-documents-" + id + ".pdf");
    }

    @POST
    @Path("/cases/{id}/documents/sent")
    @Doc(value = "登记首批文书已发送（完成“发送首批文书”节点）", returns = Documents.class)
    public Documents sent(@PathParam("id") long id, @Context SecurityContext security) {
        return intake.markSent(id, RestActors.actor(security));
    }

    @POST
    @Path("/documents/print")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(EccRest.PDF)
    @Doc("批量打印：多件案件（如系列案件）的首批文书合为一个 PDF")
    public Response print(PrintRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        byte[] pdf = intake.pdf(request.caseIds(), request.documents(), RestActors.actor(security));
        return attachment(pdf, "initial-documents.pdf");
    }

    @GET
    @Path("/series")
    @Doc(value = "某日立案的系列案件（同一申请执行人同日申请）", returns = List.class, of = Series.class)
    public List<Series> series(@QueryParam("date") String date, @Context SecurityContext security) {
        LocalDate day = Inputs.date("date", date);
        if (day == null) {
            throw InvalidInputException.of("date", "必须填写");
        }
        return intake.series(day, RestActors.actor(security));
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Response attachment(byte[] body, String fileName) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
