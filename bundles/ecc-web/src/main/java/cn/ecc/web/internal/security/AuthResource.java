package cn.ecc.web.internal.security;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Authenticator;
import cn.ecc.api.security.IssuedToken;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.time.Instant;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/auth/token}: log in for a Bearer token (browser clients), log out. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final Authenticator authenticator;

    @Activate
    public AuthResource(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The login form. */
    public record Credentials(String username, String password) {
    }

    /** A token and who it logs in. */
    public record TokenAnswer(String token, String tokenType, Instant expiresAt, String username, String displayName,
            List<String> roles) {
    }

    @POST
    @Path("/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "登录，取得令牌（之后请求带 Authorization: Bearer <token>）；连续失败会锁定账户（423）", returns = TokenAnswer.class)
    public Response login(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw InvalidInputException.of(credentials == null || credentials.username() == null ? "username"
                    : "password", "必须填写");
        }
        IssuedToken t = authenticator.issueToken(credentials.username(), credentials.password());
        Actor a = t.actor();
        return Response.ok(new TokenAnswer(t.token(), "Bearer", t.expiresAt(), a.username(), a.displayName(),
                a.roles().stream().sorted().toList())).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("/token")
    @Doc(value = "退出登录：使本次请求所带的令牌失效", status = 204)
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context SecurityContext security) {
        RestActors.actor(security);
        if (authorization != null && authorization.strip().regionMatches(true, 0, "Bearer ", 0, 7)) {
            authenticator.revokeToken(authorization.strip().substring(7).strip());
        }
        return Response.noContent().build();
    }
}
