package cn.ecc.intake.internal.rest;

import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.docs.SpreadsheetFormat;
import cn.ecc.intake.internal.batch.BatchProcessor;
import cn.ecc.intake.internal.batch.BatchView;
import cn.ecc.intake.internal.batch.BatchView.RowView;
import cn.ecc.intake.internal.batch.RowOutcome;
import cn.ecc.rest.BodyLimit;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** {@code /api/intake/batches}: spreadsheet imports, their progress and their reports. */
@Component(service = BatchResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/intake/batches")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);

    private final BatchProcessor batches;

    @Activate
    public BatchResource(@Reference BatchProcessor batches) {
        this.batches = batches;
    }

    @POST
    @Consumes({EccRest.XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @BodyLimit(BatchProcessor.MAX_FILE_BYTES)
    @Doc(value = "上传立案表格（XLSX 或 CSV）批量立案：先逐行检查，再立案有效行；同一立案部门编号不重复立案。"
            + "answer 为 202 与批次进度；wait=秒 可等待完成", status = 202, returns = BatchView.class)
    public Response upload(InputStream body, @QueryParam("name") String name,
            @HeaderParam("Content-Disposition") String disposition, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @QueryParam("wait") String wait, @Context SecurityContext security, @Context UriInfo uri) {
        String fileName = name != null && !name.isBlank() ? name : fileName(disposition);
        SpreadsheetFormat format = SpreadsheetFormat.ofFileName(fileName).orElseGet(() -> byType(type));
        Integer seconds = Inputs.integer("wait", wait);
        BatchView started = batches.upload(body, fileName, format, RestActors.actor(security));
        BatchView answer = seconds == null ? started : batches.await(started.id(), seconds, RestActors.actor(security));
        return Response.status(answer.finished() ? 201 : 202)
                .location(uri.getBaseUriBuilder().path("intake/batches/{id}").build(answer.id())).entity(answer).build();
    }

    private static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher m = FILENAME.matcher(disposition);
        return m.find() ? java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) : null;
    }

    private static SpreadsheetFormat byType(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (t.startsWith(EccRest.XLSX)) {
            return SpreadsheetFormat.XLSX;
        }
        if (t.startsWith("text/csv")) {
            return SpreadsheetFormat.CSV;
        }
        throw InvalidInputException.of("name", "请用 name 参数给出文件名（.xlsx 或 .csv），或以对应的内容类型上传");
    }

    @GET
    @Doc(value = "导入批次列表（新的在前）", returns = Page.class, of = BatchView.class)
    public Page<BatchView> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @Context SecurityContext security) {
        return batches.batches(PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset)),
                RestActors.actor(security));
    }

    @GET
    @Path("/{id}")
    @Doc(value = "批次进度与报告（wait=秒 可等待完成）", returns = BatchView.class)
    public BatchView get(@PathParam("id") long id, @QueryParam("wait") String wait, @Context SecurityContext security) {
        Integer seconds = Inputs.integer("wait", wait);
        return seconds == null ? batches.view(id, RestActors.actor(security))
                : batches.await(id, seconds, RestActors.actor(security));
    }

    @GET
    @Path("/{id}/rows")
    @Doc(value = "批次报告逐行明细（outcome=INVALID|FILED|DUPLICATE|FAILED 筛选）", returns = Page.class, of = RowView.class)
    public Page<RowView> rows(@PathParam("id") long id, @QueryParam("outcome") String outcome,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @Context SecurityContext security) {
        return batches.rows(id, Inputs.enumValue("outcome", outcome, RowOutcome.class),
                PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset)),
                RestActors.actor(security));
    }
}
