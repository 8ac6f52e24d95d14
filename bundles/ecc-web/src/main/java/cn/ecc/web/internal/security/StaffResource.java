package cn.ecc.web.internal.security;

import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.StaffAccount;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.util.List;
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

/** {@code /api/staff}: who works here (e.g. the judges to choose a new handler from). */
@Component(service = StaffResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final StaffAdmin admin;

    @Activate
    public StaffResource(@Reference StaffAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Doc(value = "工作人员名单（可按角色、团队筛选；账户锁定状态仅管理员可见）", returns = Page.class, of = StaffAccount.class)
    public Page<StaffAccount> list(@QueryParam("role") String role, @QueryParam("team") String team,
            @QueryParam("inactive") String inactive, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @Context SecurityContext security) {
        PageRequest page = PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset));
        List<StaffAccount> all = admin.list(role, team, Boolean.TRUE.equals(Inputs.bool("inactive", inactive)),
                RestActors.actor(security));
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size(), page.limit(),
                page.offset());
    }
}
