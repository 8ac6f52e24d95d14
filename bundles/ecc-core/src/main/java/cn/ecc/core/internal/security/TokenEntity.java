package cn.ecc.core.internal.security;

import java.time.Instant;
import cn.ecc.persistence.InstantConverter;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A login token of a browser client. Only its SHA-256 is stored: a copy of the database gives no one a
 * usable token. Kept in the database so that every instance sharing it accepts and revokes the same tokens.
 */
@Entity
@Table(name = "ECC_AUTH_TOKEN", indexes = {
    @Index(name = "IX_TOKEN_USER", columnList = "USERNAME"),
    @Index(name = "IX_TOKEN_EXPIRES", columnList = "EXPIRES_AT")
})
public class TokenEntity {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    String tokenHash;

    @Column(name = "USERNAME", nullable = false, length = 64)
    String username;

    @Convert(converter = InstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "EXPIRES_AT", nullable = false)
    Instant expiresAt;

    protected TokenEntity() {
    }

    TokenEntity(String tokenHash, String username, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }
}
