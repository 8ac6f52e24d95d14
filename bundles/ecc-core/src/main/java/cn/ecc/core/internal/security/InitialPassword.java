package cn.ecc.core.internal.security;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the first administrator's generated password is written once: {@code ${karaf.data}/ecc/initial-admin-password}. */
final class InitialPassword {

    static final String FIRST_ADMIN = "admin";

    private InitialPassword() {
    }

    /** The file, or null outside Karaf (unit tests), where there is no data folder. */
    static Path file(String karafData) {
        return karafData == null || karafData.isBlank() ? null
                : Paths.get(karafData, "ecc", "initial-admin-password").toAbsolutePath();
    }
}
