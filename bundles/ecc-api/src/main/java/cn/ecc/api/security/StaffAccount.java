package cn.ecc.api.security;

import java.time.Instant;

/**
 * A staff member with the state of their account, as administrators see it.
 *
 * @param lockedUntil       set while the account is locked after failed logins; null otherwise (and for
 *                          readers without {@link Permissions#STAFF_MANAGE})
 * @param passwordChangedAt when the password was last set; null for readers without staff.manage
 */
public record StaffAccount(StaffMember member, Instant lockedUntil, Instant passwordChangedAt, Instant createdAt) {
}
