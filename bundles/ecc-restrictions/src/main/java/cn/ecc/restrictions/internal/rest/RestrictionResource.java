package cn.ecc.restrictions.internal.rest;

import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.ETags;
import cn.ecc.rest.RestActors;
import cn.ecc.restrictions.internal.LedgerAction;
import cn.ecc.restrictions.internal.RequestKind;
import cn.ecc.restrictions.internal.RequestState;
import cn.ecc.restrictions.internal.RestrictionService;
import cn.ecc.restrictions.internal.RestrictionState;
import cn.ecc.restrictions.internal.RestrictionType;
import cn.ecc.restrictions.internal.Views.ExtensionInput;
import cn.ecc.restrictions.internal.Views.LedgerLine;
import cn.ecc.restrictions.internal.Views.LedgerQuery;
import cn.ecc.restrictions.internal.Views.ListingInput;
import cn.ecc.restrictions.internal.Views.RemovalInput;
import cn.ecc.restrictions.internal.Views.RequestView;
import cn.ecc.restrictions.internal.Views.RestrictionView;
import cn.ecc.restrictions.internal.Views.Statistics;
import cn.ecc.restrictions.internal.Views.TemporaryLiftInput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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

/**
 * {@code /api/restrictions}: requests (listing, extension, removal, temporary lifting), the restrictions, the
 * 纳入/撤销台帐 and the monthly statistics. Every change is a request for approval; there is no path that
 * removes or changes a restriction directly.
 */
@Component(service = RestrictionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/restrictions")
@Produces(MediaType.APPLICATION_JSON)
public class RestrictionResource {

    private final RestrictionService service;

    @Activate
    public RestrictionResource(@Reference RestrictionService service) {
        this.service = service;
    }

    // ---------------------------------------------------------------- requests

    @POST
    @Path("/requests/listing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "申请纳入失信被执行人名单和/或限制高消费（经分管院领导审批后生效）", status = 201, returns = RequestView.class)
    public Response requestListing(ListingInput input, @Context SecurityContext security, @Context UriInfo uri) {
        return created(service.requestListing(input, RestActors.actor(security)), uri);
    }

    @POST
    @Path("/requests/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "申请延长失信名单期限一至三年（经分管院领导审批）", status = 201, returns = RequestView.class)
    public Response requestExtension(ExtensionInput input, @Context SecurityContext security, @Context UriInfo uri) {
        return created(service.requestExtension(input, RestActors.actor(security)), uri);
    }

    @POST
    @Path("/requests/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "申请撤销、删除、屏蔽或解除（分管院领导审批后由指挥中心负责人审核，方可执行）；履行完毕删除须在三个工作日内办结",
            status = 201, returns = RequestView.class)
    public Response requestRemoval(RemovalInput input, @Context SecurityContext security, @Context UriInfo uri) {
        return created(service.requestRemoval(input, RestActors.actor(security)), uri);
    }

    @POST
    @Path("/requests/temporary-lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "申请暂时解除乘坐飞机、高铁等限制（最长一个月，经撤销审批流程）", status = 201, returns = RequestView.class)
    public Response requestTemporaryLift(TemporaryLiftInput input, @Context SecurityContext security,
            @Context UriInfo uri) {
        return created(service.requestTemporaryLift(input, RestActors.actor(security)), uri);
    }

    private static Response created(RequestView r, UriInfo uri) {
        return Response.status(201).location(uri.getBaseUriBuilder().path("restrictions/requests/{id}").build(r.id()))
                .entity(r).build();
    }

    @GET
    @Path("/requests")
    @Doc(value = "失信/限高申请（新的在前；可按案件、状态、种类筛选）", returns = Page.class, of = RequestView.class)
    public Page<RequestView> requests(@QueryParam("caseId") String caseId, @QueryParam("state") String state,
            @QueryParam("kind") String kind, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @Context SecurityContext security) {
        return service.requests(id("caseId", caseId), Inputs.enumValue("state", state, RequestState.class),
                Inputs.enumValue("kind", kind, RequestKind.class), page(limit, offset), RestActors.actor(security));
    }

    @GET
    @Path("/requests/{id: \\d+}")
    @Doc(value = "一件失信/限高申请及其审批结果", returns = RequestView.class)
    public RequestView request(@PathParam("id") long id, @Context SecurityContext security) {
        return service.request(id, RestActors.actor(security));
    }

    // ---------------------------------------------------------------- restrictions

    @GET
    @Doc(value = "失信/限高措施（可按案件、状态、类别、被执行人或案号筛选；证件号码脱敏）", returns = Page.class,
            of = RestrictionView.class)
    public Page<RestrictionView> search(@QueryParam("caseId") String caseId, @QueryParam("state") String state,
            @QueryParam("type") String type, @QueryParam("q") String text, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @Context SecurityContext security) {
        return service.search(new RestrictionService.Query(id("caseId", caseId),
                Inputs.enumValue("state", state, RestrictionState.class),
                Inputs.enumValue("type", type, RestrictionType.class), text), page(limit, offset),
                RestActors.actor(security));
    }

    @GET
    @Path("/{id: \\d+}")
    @Doc(value = "一项失信/限高措施（期限、宽限期、暂时解除、审批人）", returns = RestrictionView.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        RestrictionView r = service.get(id, RestActors.actor(security));
        return ETags.ok(r, r.version());
    }

    @GET
    @Path("/cases/{caseId: \\d+}")
    @Doc(value = "一件案件的失信/限高措施", returns = List.class, of = RestrictionView.class)
    public List<RestrictionView> ofCase(@PathParam("caseId") long caseId, @Context SecurityContext security) {
        return service.ofCase(caseId, RestActors.actor(security));
    }

    // ---------------------------------------------------------------- ledger and statistics

    @GET
    @Path("/ledger")
    @Produces({MediaType.APPLICATION_JSON, EccRest.XLSX, EccRest.PDF})
    @Doc(value = "纳入/撤销台帐（按日期 from–to；format=xlsx 导出 Excel，format=pdf 打印版）", returns = Page.class,
            of = LedgerLine.class)
    public Response ledger(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("type") String type, @QueryParam("action") String action, @QueryParam("caseId") String caseId,
            @QueryParam("format") String format, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context SecurityContext security) {
        LedgerQuery query = new LedgerQuery(Inputs.date("from", from), Inputs.date("to", to),
                Inputs.enumValue("type", type, RestrictionType.class),
                Inputs.enumValue("action", action, LedgerAction.class), id("caseId", caseId));
        String period = (query.from() == null ? "" : "_" + query.from()) + (query.to() == null ? "" : "_" + query.to());
        return switch (format(format, accept)) {
            case "xlsx" -> file(service.ledgerXlsx(query, RestActors.actor(security)), EccRest.XLSX,
                    "restriction-ledger.xlsx", "失信限高纳入撤销台帐" + period + ".xlsx");
            case "pdf" -> file(service.ledgerPdf(query, RestActors.actor(security)), EccRest.PDF,
                    "restriction-ledger.pdf", "失信限高纳入撤销台帐" + period + ".pdf");
            default -> Response.ok(service.ledger(query, page(limit, offset), RestActors.actor(security)),
                    MediaType.APPLICATION_JSON).build();
        };
    }

    @GET
    @Path("/statistics")
    @Produces({MediaType.APPLICATION_JSON, EccRest.XLSX})
    @Doc(value = "失信、限高月度统计（month=YYYY-MM；format=xlsx 为报送中院的统计表）", returns = Statistics.class)
    public Response statistics(@QueryParam("month") String month, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context SecurityContext security) {
        YearMonth m = month(month);
        String f = format(format, accept);
        if (f.equals("pdf")) {
            throw InvalidInputException.of("format", "取值无效，可选：json, xlsx");
        }
        if (f.equals("xlsx")) {
            return file(service.statisticsXlsx(m, RestActors.actor(security)), EccRest.XLSX,
                    "restriction-statistics-" + m + ".xlsx", "失信限高统计表_" + m + ".xlsx");
        }
        return Response.ok(service.statistics(m, RestActors.actor(security)), MediaType.APPLICATION_JSON).build();
    }

    // ---------------------------------------------------------------- parameters

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("month", "必须填写统计月份，格式 YYYY-MM");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "月份无效，格式 YYYY-MM，如 2026-03");
        }
    }

    private static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!List.of("json", "xlsx", "pdf").contains(f)) {
                throw InvalidInputException.of("format", "取值无效，可选：json, xlsx, pdf");
            }
            return f;
        }
        if (accept != null && !accept.contains(MediaType.APPLICATION_JSON)) {
            if (accept.contains(EccRest.XLSX)) {
                return "xlsx";
            }
            if (accept.contains(EccRest.PDF)) {
                return "pdf";
            }
        }
        return "json";
    }

    private static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(value.strip());
            if (v < 1) {
                throw InvalidInputException.of(field, "应为正整数");
            }
            return v;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "应为正整数");
        }
    }

    private static PageRequest page(String limit, String offset) {
        return PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset));
    }

    private static Response file(byte[] body, String type, String asciiName, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + asciiName
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
