package cn.ecc.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecc.api.security.Roles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstAdminTest {

    @TempDir
    Path data;

    @Test
    void withoutTheEnvironmentVariableARandomPasswordIsWrittenForTheOwnerOnly() throws Exception {
        Path file = data.resolve("ecc/initial-admin-password");
        try (SecurityFixture f = new SecurityFixture(file)) {
            new FirstAdmin(f.accounts, f.accounts, file, Map.<String, String>of()::get);
            String password = Files.readString(file).strip();
            assertThat(password).hasSize(16);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(f.accounts.authenticate("admin", password).roles()).containsExactly(Roles.ADMIN);

            // later starts change nothing
            new FirstAdmin(f.accounts, f.accounts, file, Map.<String, String>of()::get);
            assertThat(Files.readString(file).strip()).isEqualTo(password);

            // changing the password deletes the file
            f.accounts.changeOwnPassword(password, "Tongbai-court-77", f.accounts.actor("admin").orElseThrow());
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void thePasswordFromTheEnvironmentIsUsedAndNotWritten() {
        Path file = data.resolve("ecc/initial-admin-password");
        try (SecurityFixture f = new SecurityFixture(file)) {
            new FirstAdmin(f.accounts, f.accounts, file, Map.of(FirstAdmin.ENV, "Court-boss-2026!")::get);
            assertThat(file).doesNotExist();
            assertThat(f.accounts.authenticate("admin", "Court-boss-2026!").username()).isEqualTo("admin");
        }
    }

    @Test
    void aTooWeakEnvironmentPasswordFallsBackToAGeneratedOne() throws Exception {
        Path file = data.resolve("ecc/initial-admin-password");
        try (SecurityFixture f = new SecurityFixture(file)) {
            new FirstAdmin(f.accounts, f.accounts, file, Map.of(FirstAdmin.ENV, "short")::get);
            assertThat(f.accounts.authenticate("admin", Files.readString(file).strip()).username()).isEqualTo("admin");
        }
    }
}
