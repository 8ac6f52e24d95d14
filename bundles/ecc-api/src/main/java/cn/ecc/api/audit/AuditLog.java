package cn.ecc.api.audit;

import cn.ecc.api.common.Page;
import cn.ecc.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Reading and checking the audit trail (for inspectors: 纪检监察). */
@ProviderType
public interface AuditLog {

    /** Needs {@code audit.read}. */
    Page<AuditRecord> search(AuditQuery query, Actor actor);

    /** Walks the whole chain and reports the first altered or missing record. Needs {@code audit.verify}. */
    AuditVerification verify(Actor actor);
}
