package cn.ecc.web.internal.audit;

import cn.ecc.api.audit.AuditLog;
import cn.ecc.api.audit.AuditQuery;
import cn.ecc.api.audit.AuditRecord;
import cn.ecc.api.audit.AuditVerification;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.time.EccClock;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.ws.rs.GET;
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

/** {@code /api/audit}: the audit trail for inspectors, and the check of its hash chain. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;
    private final EccClock clock;

    @Activate
    public AuditResource(@Reference AuditLog audit, @Reference EccClock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Doc(value = "审计记录（新的在前；from/to 为日期 YYYY-MM-DD 或 ISO 时刻，to 当日含在内）", returns = Page.class,
            of = AuditRecord.class)
    public Page<AuditRecord> search(@QueryParam("case") String caseId, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @Context SecurityContext security) {
        Long id = null;
        if (caseId != null && !caseId.isBlank()) {
            try {
                id = Long.valueOf(caseId.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("case", "应为案件编号（整数）");
            }
        }
        AuditQuery q = new AuditQuery(id, actor, action, subjectType, subjectId, time("from", from, false),
                time("to", to, true), PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset)));
        return audit.search(q, RestActors.actor(security));
    }

    @GET
    @Path("/verify")
    @Doc(value = "校验审计记录的哈希链：intact、records、firstBroken（第一条被改动或缺失的记录编号）",
            returns = AuditVerification.class)
    public AuditVerification verify(@Context SecurityContext security) {
        return audit.verify(RestActors.actor(security));
    }

    /** A date (the court's day; an end date includes its whole day) or an ISO instant. */
    private Instant time(String field, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() == 10) {
            LocalDate d = Inputs.date(field, v);
            return (end ? d.plusDays(1) : d).atStartOfDay(clock.zone()).toInstant();
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "应为日期 YYYY-MM-DD 或 ISO-8601 时刻（如 2026-03-02T08:00:00Z）");
        }
    }
}
