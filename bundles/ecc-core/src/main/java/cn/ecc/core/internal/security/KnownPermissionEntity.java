package cn.ecc.core.internal.security;

import java.time.Instant;
import cn.ecc.persistence.InstantConverter;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A permission the court's table has taken over. Shipped defaults are granted only for permissions not
 * known yet, so that a court's own changes survive restarts and upgrades, while a permission that a new
 * release or a newly installed area brings gets its default roles.
 */
@Entity
@Table(name = "ECC_PERMISSION")
public class KnownPermissionEntity {

    @Id
    @Column(name = "PERMISSION", length = 100)
    String permission;

    /** The bundle whose defaults introduced it, or {@code court} when an administrator did. */
    @Column(name = "SOURCE", nullable = false, length = 200)
    String source;

    @Convert(converter = InstantConverter.class)
    @Column(name = "KNOWN_SINCE", nullable = false)
    Instant knownSince;

    protected KnownPermissionEntity() {
    }

    KnownPermissionEntity(String permission, String source, Instant knownSince) {
        this.permission = permission;
        this.source = source;
        this.knownSince = knownSince;
    }
}
