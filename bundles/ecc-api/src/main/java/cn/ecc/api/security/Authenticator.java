package cn.ecc.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks logins against the staff accounts; the REST layer and the Karaf JAAS realm both use it, so one
 * account works for REST, the shell and SSH. Failed logins count towards the account's lockout.
 */
@ProviderType
public interface Authenticator {

    /**
     * The actor for a username and password. Cheap when the same credentials were verified a short while
     * ago (REST clients send them with every request); otherwise a deliberately slow hash.
     *
     * @throws AccountLockedException  when the account is locked (whatever the password)
     * @throws AuthenticationException when the credentials are wrong or the account is inactive
     */
    Actor authenticate(String username, String password);

    /**
     * Logs in and issues a token that several instances sharing the database accept until it expires or
     * is revoked.
     *
     * @throws AccountLockedException  when the account is locked
     * @throws AuthenticationException when the credentials are wrong
     */
    IssuedToken issueToken(String username, String password);

    /**
     * The actor a token stands for.
     *
     * @throws AuthenticationException when the token is unknown, expired or revoked, or its account inactive
     */
    Actor authenticateToken(String token);

    /** Logs out: the token is refused from now on. An unknown token changes nothing. */
    void revokeToken(String token);
}
