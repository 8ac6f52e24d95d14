package cn.ecc.api.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where every change is written. Call it inside the transaction that makes the change, so that the record
 * and the change commit (or roll back) together.
 */
@ProviderType
public interface AuditTrail {

    void record(AuditEntry entry);
}
