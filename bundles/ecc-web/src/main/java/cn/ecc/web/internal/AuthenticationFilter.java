package cn.ecc.web.internal;

import cn.ecc.api.security.Actor;
import cn.ecc.api.security.AuthenticationException;
import cn.ecc.api.security.Authenticator;
import cn.ecc.rest.EccRest;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Every request of the platform's application needs a login, but those to methods marked {@link PermitAll}
 * (health, the token login itself): HTTP Basic for API clients, {@code Authorization: Bearer <token>} for
 * browser clients (see {@code POST /api/auth/token}). The actor becomes the request's user principal.
 * Without credentials, or with wrong ones, the answer is 401 problem+json with a challenge; a locked account
 * answers 423. While the login service is missing (the core restarting) requests are refused with 503 rather
 * than served as anyone.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(EccRest.AUTH_EXTENSION)
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    static final String BEARER = "Bearer";

    @Context
    private ResourceInfo resource;

    private volatile Authenticator authenticator;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindAuthenticator(Authenticator service) {
        authenticator = service;
    }

    void unbindAuthenticator(Authenticator service) {
        if (authenticator == service) {
            authenticator = null;
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (permitted(resource == null ? null : resource.getResourceMethod())) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        Authenticator a = authenticator;
        if (a == null) {
            request.abortWith(ProblemMapper.answer(503, "登录服务尚未就绪，请稍后重试", path, null, null));
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        try {
            Actor actor;
            String scheme;
            if (header == null || header.isBlank()) {
                throw new AuthenticationException("请先登录（HTTP Basic，或 POST /api/auth/token 取得令牌后用 Bearer）");
            }
            String h = header.strip();
            if (h.regionMatches(true, 0, "Basic ", 0, 6)) {
                String[] credentials = basic(h.substring(6).strip());
                actor = a.authenticate(credentials[0], credentials[1]);
                scheme = SecurityContext.BASIC_AUTH;
            } else if (h.regionMatches(true, 0, BEARER + " ", 0, 7)) {
                actor = a.authenticateToken(h.substring(7).strip());
                scheme = BEARER;
            } else {
                throw new AuthenticationException("不支持的认证方式，请用 HTTP Basic 或 Bearer 令牌");
            }
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new ActorContext(actor, scheme, secure));
        } catch (AuthenticationException e) {
            request.abortWith(ProblemMapper.authenticationFailed(e, path, request.getHeaders()));
        }
    }

    private static boolean permitted(Method method) {
        return method != null && (method.isAnnotationPresent(PermitAll.class)
                || method.getDeclaringClass().isAnnotationPresent(PermitAll.class));
    }

    /** user and password of a Basic header (RFC 7617, UTF-8). */
    static String[] basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationException("用户名或密码错误");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new AuthenticationException("用户名或密码错误");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    /** The logged-in actor as the request's security context. */
    record ActorContext(Actor actor, String scheme, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return actor;
        }

        @Override
        public boolean isUserInRole(String role) {
            return actor.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
