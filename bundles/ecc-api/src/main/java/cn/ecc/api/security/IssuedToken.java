package cn.ecc.api.security;

import java.time.Instant;

/**
 * A login token for browser clients, sent back as {@code Authorization: Bearer <token>}. The platform keeps
 * only a hash of it; the token itself exists only in this answer.
 *
 * @param token     opaque random text
 * @param expiresAt after this the token is refused
 * @param actor     who logged in
 */
public record IssuedToken(String token, Instant expiresAt, Actor actor) {
}
