package cn.ecc.web.internal.nodes;

import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.nodes.NodeWarning;
import cn.ecc.api.nodes.NodeWarningService;
import cn.ecc.api.security.Actor;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import cn.ecc.web.internal.Problem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/ledgers/node-warnings}: the node-warning ledger (节点期限预警台帐) as a JSON page, or as XLSX with
 * {@code ?format=xlsx} or {@code Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet} (the
 * whole period; rendered by the document service, answered 503 while it is not installed).
 */
@Component(service = NodeWarningsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/ledgers/node-warnings")
public class NodeWarningsResource {

    private final NodeWarningService warnings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile DocumentService documents;

    @Activate
    public NodeWarningsResource(@Reference NodeWarningService warnings) {
        this.warnings = warnings;
    }

    /** What the ledger answers. */
    sealed interface Answer permits Json, Workbook, Unavailable {
    }

    record Json(Page<NodeWarning> page) implements Answer {
    }

    record Workbook(byte[] bytes, String fileName) implements Answer {
    }

    record Unavailable(String message) implements Answer {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, EccRest.XLSX})
    @Doc(value = "节点期限预警台帐（按期限日期 from–to；format=xlsx 导出 Excel）", returns = Page.class,
            of = NodeWarning.class)
    public Response ledger(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("state") String state, @QueryParam("format") String format,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context SecurityContext security) {
        Answer answer = answer(from, to, state, format, limit, offset, accept, RestActors.actor(security));
        if (answer instanceof Workbook w) {
            return Response.ok(w.bytes(), EccRest.XLSX).header("Content-Disposition",
                    "attachment; filename=\"node-warnings.xlsx\"; filename*=UTF-8''"
                            + URLEncoder.encode(w.fileName(), StandardCharsets.UTF_8).replace("+", "%20")).build();
        }
        if (answer instanceof Unavailable u) {
            return Response.status(503).type(EccRest.PROBLEM_JSON).entity(new Problem("about:blank", "服务暂不可用",
                    503, u.message(), "/api/ledgers/node-warnings", null, null)).build();
        }
        return Response.ok(((Json) answer).page(), MediaType.APPLICATION_JSON).build();
    }

    Answer answer(String from, String to, String state, String format, String limit, String offset, String accept,
            Actor actor) {
        LocalDate f = Inputs.date("from", from);
        LocalDate t = Inputs.date("to", to);
        if (wantsXlsx(format, accept)) {
            Sheet sheet = warnings.ledgerSheet(f, t, actor);
            DocumentService docs = documents;
            if (docs == null) {
                return new Unavailable("文档服务（ecc-docs）未安装，暂不能导出 XLSX；可先以 JSON 读取台帐");
            }
            return new Workbook(docs.xlsx(List.of(sheet)),
                    "节点期限预警台帐" + (f == null ? "" : "_" + f) + (t == null ? "" : "_" + t) + ".xlsx");
        }
        return new Json(warnings.ledger(f, t, Params.state("state", state),
                PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset)), actor));
    }

    private static boolean wantsXlsx(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "xlsx" -> true;
                case "json" -> false;
                default -> throw InvalidInputException.of("format", "取值无效，可选：json, xlsx");
            };
        }
        return accept != null && accept.contains(EccRest.XLSX) && !accept.contains(MediaType.APPLICATION_JSON);
    }
}
