package cn.ecc.testing;

import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditTrail;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the audit entries recorded, for a unit test of an area's service to read. */
public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    public List<AuditEntry> entries(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).toList();
    }
}
