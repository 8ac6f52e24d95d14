package cn.ecc.api.security;

import cn.ecc.api.common.EccException;

/**
 * No valid login: wrong or missing credentials, an expired token, an unknown or inactive account (REST 401).
 * The message never says which of these it was, so that it tells a guesser nothing.
 */
public class AuthenticationException extends EccException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
