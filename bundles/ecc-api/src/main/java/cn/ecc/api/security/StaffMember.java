package cn.ecc.api.security;

import java.util.Set;

/**
 * A member of the bureau's staff.
 *
 * @param username login name and the id that cases, nodes and approvals refer to
 * @param name     real name (Chinese)
 * @param team     team (综合管理组, 财产处置组, 查控中心, 卷宗中心 …); may be null
 * @param roles    role ids ({@link Roles})
 * @param active   false once the person has left; kept for the record, cannot log in
 */
public record StaffMember(String username, String name, String team, Set<String> roles, boolean active) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
