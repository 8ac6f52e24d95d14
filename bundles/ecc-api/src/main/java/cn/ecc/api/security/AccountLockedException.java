package cn.ecc.api.security;

import java.time.Instant;

/**
 * Too many failed logins: the account refuses every login, right or wrong, until {@link #lockedUntil()}
 * or until an administrator unlocks it (REST 423).
 */
public class AccountLockedException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Instant lockedUntil;

    public AccountLockedException(String message, Instant lockedUntil) {
        super(message);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
