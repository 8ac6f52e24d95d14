package cn.ecc.core.internal.security;

import cn.ecc.api.security.Actor;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recently verified credentials and actors, so that an HTTP Basic client that sends its password with every
 * request pays the slow hash once per expiry instead of per request. A credential is kept as an HMAC of the
 * password under a key that exists only in this process's memory: a heap dump shows no password and nothing
 * an offline guesser could test faster than the real hash.
 * <p>
 * Every invalidation bumps one generation counter; an entry computed from a database read that started
 * before an invalidation is not stored, so a password or role change never gets overwritten by a login
 * that was in flight.
 */
final class CredentialCache {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Verified> credentials = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Cached> actors = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private record Verified(byte[] mac, Actor actor, Instant expires) {
    }

    private record Cached(Actor actor, Instant expires) {
    }

    CredentialCache(SecureRandom random) {
        byte[] k = new byte[32];
        random.nextBytes(k);
        this.key = new SecretKeySpec(k, HMAC);
    }

    /** The generation to pass to {@link #remember} and {@link #rememberActor} for what is read from now on. */
    long generation() {
        return generation.get();
    }

    /** The actor for these credentials if they were verified and have not expired or been invalidated. */
    Optional<Actor> verified(String username, String password, Instant now) {
        Verified v = credentials.get(username);
        if (v == null || !now.isBefore(v.expires())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(v.mac(), mac(username, password)) ? Optional.of(v.actor()) : Optional.empty();
    }

    void remember(String username, String password, Actor actor, Instant expires, long readAt) {
        Verified v = new Verified(mac(username, password), actor, expires);
        // a change since the read may have made this stale: drop it rather than store it
        credentials.compute(username, (u, old) -> generation.get() == readAt ? v : old);
        rememberActor(actor, expires, readAt);
    }

    Optional<Actor> actor(String username, Instant now) {
        Cached c = actors.get(username);
        return c == null || !now.isBefore(c.expires()) ? Optional.empty() : Optional.of(c.actor());
    }

    void rememberActor(Actor actor, Instant expires, long readAt) {
        actors.compute(actor.username(), (u, old) -> generation.get() == readAt ? new Cached(actor, expires) : old);
    }

    /** Drops what is known about one account (password, roles or state changed). */
    void invalidate(String username) {
        generation.incrementAndGet();
        credentials.remove(username);
        actors.remove(username);
    }

    /** Drops everything (e.g. the role-permission table changed). */
    void clear() {
        generation.incrementAndGet();
        credentials.clear();
        actors.clear();
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
