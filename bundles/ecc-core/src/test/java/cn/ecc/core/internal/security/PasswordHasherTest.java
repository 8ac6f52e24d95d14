package cn.ecc.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse 1", 10_000);
        assertThat(hash).startsWith("pbkdf2-sha256$10000$").doesNotContain("correct");
        assertThat(hasher.verify(hash, "correct horse 1")).isTrue();
        assertThat(hasher.verify(hash, "correct horse 2")).isFalse();
        assertThat(hasher.verify(hash, "")).isFalse();
    }

    @Test
    void theSaltMakesEveryHashDifferent() {
        assertThat(hasher.hash("same password", 10_000)).isNotEqualTo(hasher.hash("same password", 10_000));
    }

    @Test
    void aChangedIterationCountStillVerifiesAndAsksForARehash() {
        String old = hasher.hash("some password", 10_000);
        assertThat(hasher.verify(old, "some password")).isTrue();
        assertThat(PasswordHasher.needsRehash(old, 10_000)).isFalse();
        assertThat(PasswordHasher.needsRehash(old, 600_000)).isTrue();
    }

    @Test
    void malformedHashesNeverVerify() {
        assertThat(hasher.verify(null, "x")).isFalse();
        assertThat(hasher.verify("plain", "plain")).isFalse();
        assertThat(hasher.verify("pbkdf2-sha256$x$y$z", "x")).isFalse();
        assertThat(hasher.verify("md5$1$AAAA$AAAA", "x")).isFalse();
    }
}
