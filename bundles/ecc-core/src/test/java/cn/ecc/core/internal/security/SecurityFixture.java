package cn.ecc.core.internal.security;

import cn.ecc.core.internal.audit.JpaAuditTrail;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.LocalJpaTemplate;
import cn.ecc.testing.MovableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

/** Accounts on an in-memory database with the shipped default permissions and a fast hash. */
public final class SecurityFixture implements AutoCloseable {

    public static final Settings SETTINGS = new Settings(5, Duration.ofMinutes(15), PasswordHasher.MIN_ITERATIONS, 10,
            Duration.ofSeconds(120), Duration.ofHours(8));

    public final LocalJpaTemplate jpa = new LocalJpaTemplate("META-INF/test-persistence.xml", "ecc-core-test");
    public final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    public final JpaAuditTrail audit = JpaAuditTrail.over(new Transactions(jpa), clock);
    public final Accounts accounts;

    public SecurityFixture() {
        this(null);
    }

    public SecurityFixture(Path initialPasswordFile) {
        accounts = new Accounts(new Transactions(jpa), clock, audit, SETTINGS, initialPasswordFile);
        try (InputStream in = Accounts.class.getClassLoader().getResourceAsStream(PermissionDefaults.RESOURCE)) {
            accounts.applyDefaults("cn.ecc.core", PermissionDefaults.parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        jpa.close();
    }
}
