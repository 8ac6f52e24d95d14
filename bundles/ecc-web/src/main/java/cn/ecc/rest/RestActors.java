package cn.ecc.rest;

import cn.ecc.api.security.Actor;
import cn.ecc.api.security.AuthenticationException;
import javax.ws.rs.core.SecurityContext;

/**
 * The actor behind a request: the logged-in staff member the platform's authentication filter put there.
 * Services check the actor's permissions; a resource passes it on and never trusts a user name in the data.
 */
public final class RestActors {

    private RestActors() {
    }

    public static Actor actor(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Actor actor) {
            return actor;
        }
        // the authentication filter answers 401 before a resource runs; without it nothing is served as anyone
        throw new AuthenticationException("请先登录");
    }
}
