package cn.ecc.api.security;

import java.util.Set;

/**
 * An account to create.
 *
 * @param username login name: lower-case letters, digits, '.', '_' or '-', starting with a letter (e.g. pinyin)
 * @param name     real name (Chinese)
 * @param team     team, e.g. 综合管理组; may be null
 * @param roles    role ids ({@link Roles}, or a role the court defined)
 */
public record NewStaffMember(String username, String name, String team, Set<String> roles) {

    public NewStaffMember {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
