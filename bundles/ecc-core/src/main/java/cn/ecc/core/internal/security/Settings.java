package cn.ecc.core.internal.security;

import java.time.Duration;

/** The security configuration, checked and in the units the code uses. */
record Settings(int maxFailedLogins, Duration lockFor, int iterations, int minPasswordLength, Duration cacheFor,
        Duration tokenFor) {

    Settings {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("ecc.security maxFailedLogins must be at least 1");
        }
        if (iterations < PasswordHasher.MIN_ITERATIONS) {
            throw new IllegalArgumentException("ecc.security passwordIterations must be at least "
                    + PasswordHasher.MIN_ITERATIONS);
        }
        if (minPasswordLength < 8) {
            throw new IllegalArgumentException("ecc.security passwordMinLength must be at least 8");
        }
    }

    static Settings of(SecurityConfig c) {
        return new Settings(c.maxFailedLogins(), Duration.ofMinutes(Math.max(1, c.lockMinutes())),
                c.passwordIterations(), c.passwordMinLength(), Duration.ofSeconds(Math.max(0, c.credentialCacheSeconds())),
                Duration.ofHours(Math.max(1, c.tokenHours())));
    }
}
