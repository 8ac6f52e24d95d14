package cn.ecc.rest;

import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.security.Actor;
import javax.ws.rs.core.SecurityContext;

/** The actor behind a request: the principal the platform's authentication filter put there. */
public final class RestActors {

    private RestActors() {
    }

    public static Actor actor(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Actor actor) {
            return actor;
        }
        // the authentication filter answers 401 before any resource runs; reaching here is a wiring fault
        throw new AccessDeniedException("未登录");
    }
}
