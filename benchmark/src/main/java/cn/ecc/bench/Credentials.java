package cn.ecc.bench;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A login: HTTP Basic on the REST API, password on the Karaf shell (SSH). The instances are started with
 * {@code ECC_ADMIN_PASSWORD} set to the administrator's password, so that the harness is the first administrator
 * of every copy it starts; the accounts that do the work (a clerk for the load, see {@link Staff}) are created by
 * that administrator over the shell, as a court's administrator would.
 *
 * @param user     login name
 * @param password its password
 */
public record Credentials(String user, String password) {

    /** The first administrator of every instance (ECC creates {@code admin} at the first start). */
    static final String ADMIN = "admin";

    /** The administrator: password from {@code ECC_BENCH_PASSWORD}, else a random one per run. */
    public static Credentials admin() {
        String password = Optional.ofNullable(System.getenv("ECC_BENCH_PASSWORD")).filter(s -> !s.isBlank())
                .orElseGet(Credentials::randomPassword);
        return new Credentials(ADMIN, password);
    }

    /** The Authorization header of every REST request. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Passes ECC's password rules (length, letters and digits, not containing the account name). */
    static String randomPassword() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return "Bench-" + HexFormat.of().formatHex(b) + "-9";
    }

    @Override
    public String toString() {
        return "Credentials[" + user + "]";
    }
}
