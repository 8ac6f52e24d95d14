package cn.ecc.api.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Account administration and the court's role-permission table. Every change is audited; passwords are
 * never stored, logged or audited in clear. Changes take effect at once on this instance and, on other
 * instances sharing the database, when their short credential cache expires (configuration
 * {@code ecc.security}).
 */
@ProviderType
public interface StaffAdmin {

    /**
     * Creates an account.
     *
     * @throws cn.ecc.api.common.InvalidInputException naming username, name, roles or password
     * @throws cn.ecc.api.common.ConflictException     when the username is taken
     */
    StaffMember add(NewStaffMember member, String password, Actor actor);

    StaffMember grantRole(String username, String role, Actor actor);

    /** @throws cn.ecc.api.common.ConflictException when it would leave no active administrator */
    StaffMember revokeRole(String username, String role, Actor actor);

    /** Deactivates (the person left; kept for the record, cannot log in) or reactivates an account. */
    StaffMember setActive(String username, boolean active, Actor actor);

    /** Sets a new password (an administrator's reset): unlocks the account and revokes its tokens. */
    void resetPassword(String username, String newPassword, Actor actor);

    /**
     * The actor changes their own password.
     *
     * @throws AuthenticationException when the current password is wrong
     */
    void changeOwnPassword(String currentPassword, String newPassword, Actor actor);

    /** Lifts a lockout after failed logins. */
    void unlock(String username, Actor actor);

    /**
     * Accounts ordered by username.
     *
     * @param role            only holders of this role, or null
     * @param team            only this team, or null
     * @param includeInactive also those who left
     */
    List<StaffAccount> list(String role, String team, boolean includeInactive, Actor actor);

    /** The role-permission table: each role with the permissions it grants, ordered by role and permission. */
    Map<String, Set<String>> rolePermissions(Actor actor);

    void grantPermission(String role, String permission, Actor actor);

    void revokePermission(String role, String permission, Actor actor);

    /** A random password that meets the password rules, for an administrator to hand over once. */
    String generatePassword();
}
