package cn.ecc.core.internal.security;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.persistence.CollectionTable;
import cn.ecc.persistence.InstantConverter;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/** A staff member and their account. Only the password's salted slow hash is stored. */
@Entity
@Table(name = "ECC_STAFF", indexes = @Index(name = "IX_STAFF_TEAM", columnList = "TEAM"))
public class StaffEntity {

    @Id
    @Column(name = "USERNAME", length = 64)
    String username;

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    @Column(name = "TEAM", length = 100)
    String team;

    @Column(name = "ACTIVE", nullable = false)
    boolean active;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    String passwordHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "PASSWORD_CHANGED_AT", nullable = false)
    Instant passwordChangedAt;

    @Column(name = "FAILED_LOGINS", nullable = false)
    int failedLogins;

    @Convert(converter = InstantConverter.class)
    @Column(name = "LOCKED_UNTIL")
    Instant lockedUntil;

    @Convert(converter = InstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ECC_STAFF_ROLE", joinColumns = @JoinColumn(name = "USERNAME"),
            indexes = @Index(name = "IX_STAFF_ROLE_ROLE", columnList = "ROLE_ID"))
    @Column(name = "ROLE_ID", nullable = false, length = 64)
    Set<String> roles = new HashSet<>();
}
