package cn.ecc.web.internal;

import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.rest.EccRest;
import java.security.Principal;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Until staff logins exist (the security issue), every request acts as one clerk with the case
 * permissions. Replaced by the authentication filter.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("ecc.actor")
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class InterimActorFilter implements ContainerRequestFilter {

    private static final Actor CLERK = new Actor("clerk", "立案书记员", Set.of("clerk"),
            Set.of(Permissions.CASE_READ, Permissions.CASE_CREATE, Permissions.CASE_UPDATE,
                    Permissions.NODE_READ, Permissions.NODE_COMPLETE, Permissions.NODE_MANAGE,
                    Permissions.NODE_LEDGER_READ, Permissions.CASE_TERM_PAUSE, Permissions.CALENDAR_READ));

    @Override
    public void filter(ContainerRequestContext request) {
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return CLERK;
            }

            @Override
            public boolean isUserInRole(String role) {
                return CLERK.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "INTERIM";
            }
        });
    }
}
