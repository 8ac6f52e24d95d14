package cn.ecc.web.internal.security;

import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/me}: who is logged in, with roles and permissions; changing one's own password. */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final StaffDirectory staff;
    private final StaffAdmin admin;

    @Activate
    public MeResource(@Reference StaffDirectory staff, @Reference StaffAdmin admin) {
        this.staff = staff;
        this.admin = admin;
    }

    /** A role with its Chinese name. */
    public record RoleView(String id, String label) {
    }

    /** The logged-in staff member. */
    public record Me(String username, String displayName, String team, List<RoleView> roles, List<String> permissions) {
    }

    /** A password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    @Doc(value = "当前登录人：账号、姓名、团队、角色与权限", returns = Me.class)
    public Me me(@Context SecurityContext security) {
        Actor a = RestActors.actor(security);
        String team = staff.find(a.username()).map(StaffMember::team).orElse(null);
        return new Me(a.username(), a.displayName(), team,
                a.roles().stream().sorted().map(r -> new RoleView(r, Roles.label(r))).toList(),
                a.permissions().stream().sorted().toList());
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "修改本人密码（须提供当前密码）；本人的登录令牌随之失效", status = 204)
    public Response changePassword(PasswordChange change, @Context SecurityContext security) {
        Actor a = RestActors.actor(security);
        admin.changeOwnPassword(change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword(), a);
        return Response.noContent().build();
    }
}
