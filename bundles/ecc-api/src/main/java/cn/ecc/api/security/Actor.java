package cn.ecc.api.security;

import cn.ecc.api.common.AccessDeniedException;
import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * The staff member on whose behalf a service call runs. REST resources find it as the request's user
 * principal; shell commands build it from the session's subject. Services record it and check its
 * permissions; they never trust a user name passed as plain data.
 *
 * @param username    login name, also the staff id that cases and nodes refer to
 * @param displayName the name people read (Chinese)
 * @param roles       role ids such as {@code judge} or {@code center-head}
 * @param permissions fine-grained permissions the roles grant, such as {@code case.create}
 */
public record Actor(String username, String displayName, Set<String> roles, Set<String> permissions)
        implements Principal {

    /** The name under which the platform acts on its own (scheduled work, start-up). */
    public static final String SYSTEM_USERNAME = "system";

    public Actor {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null ? username : displayName;
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** The platform itself, allowed everything; used by scheduled work, never for a request. */
    public static Actor system() {
        return new Actor(SYSTEM_USERNAME, "系统", Set.of(), Set.of(Permissions.ALL));
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean isSystem() {
        return SYSTEM_USERNAME.equals(username);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean can(String permission) {
        return permissions.contains(permission) || permissions.contains(Permissions.ALL);
    }

    /** Throws {@link AccessDeniedException} unless this actor holds the permission. */
    public void require(String permission) {
        if (!can(permission)) {
            throw new AccessDeniedException("没有权限执行此操作（" + permission + "）");
        }
    }
}
