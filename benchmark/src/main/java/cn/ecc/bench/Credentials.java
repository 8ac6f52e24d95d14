package cn.ecc.bench;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The one place that says how the harness logs in: to the REST API (HTTP Basic, or a bearer token when one
 * is given) and to the Karaf shell over SSH. The instances are started with {@code ECC_ADMIN_PASSWORD} set to
 * this password, so the same login works before staff logins exist (the API ignores it) and after (the first
 * administrator).
 *
 * @param user     login name
 * @param password its password; also the instance's first administrator password
 * @param token    a bearer token for the REST API instead of Basic, or null
 */
public record Credentials(String user, String password, String token) {

    /** From the environment ({@code ECC_BENCH_PASSWORD}, {@code ECC_BENCH_TOKEN}); a random password if unset. */
    public static Credentials fromEnvironment(String user) {
        String password = Optional.ofNullable(System.getenv("ECC_BENCH_PASSWORD")).filter(s -> !s.isBlank())
                .orElseGet(Credentials::randomPassword);
        String token = Optional.ofNullable(System.getenv("ECC_BENCH_TOKEN")).filter(s -> !s.isBlank()).orElse(null);
        return new Credentials(user, password, token);
    }

    /** The Authorization header of every REST request. */
    public String authorization() {
        if (token != null) {
            return "Bearer " + token;
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String randomPassword() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return "Bench-" + HexFormat.of().formatHex(b);
    }

    @Override
    public String toString() {
        return "Credentials[" + user + "]";
    }
}
