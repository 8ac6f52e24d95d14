package cn.ecc.core.internal.audit;

import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditLog;
import cn.ecc.api.audit.AuditQuery;
import cn.ecc.api.audit.AuditRecord;
import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.audit.AuditVerification;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.time.EccClock;
import cn.ecc.persistence.JpqlPage;
import cn.ecc.persistence.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail as a hash chain in the core's tables. Each record's hash is SHA-256 over the previous
 * record's hash and the record's canonical content, so altering, removing or reordering a record breaks
 * every link after it.
 * <p>
 * Ordering: appending locks the single head row ({@link AuditHeadEntity}) until the writing transaction
 * commits. Chain order is therefore commit order, across threads and instances, and a rolled-back change
 * leaves no record and no gap. The cost is that audited transactions commit one at a time from their audit
 * call on; callers record last, right before their transaction ends, so that only an insert, an update and
 * the commit are inside that section.
 */
@Component(service = {AuditTrail.class, AuditLog.class})
public class JpaAuditTrail implements AuditTrail, AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditTrail.class);
    private static final int VERIFY_BATCH = 1000;

    private final Transactions tx;
    private final EccClock clock;

    @Activate
    public JpaAuditTrail(@Reference(target = "(osgi.unit.name=ecc-core)") JpaTemplate jpa, @Reference EccClock clock) {
        this(new Transactions(jpa), clock);
    }

    /**
     * The trail over the given transactions, for tests. Not a second public constructor: SCR picks the constructor
     * by its number of parameters, and with two of two it tried this one in one of eight starts on a development
     * machine (ComponentConstructorsTest).
     */
    public static JpaAuditTrail over(Transactions tx, EccClock clock) {
        return new JpaAuditTrail(tx, clock);
    }

    private JpaAuditTrail(Transactions tx, EccClock clock) {
        this.tx = tx;
        this.clock = clock;
        ensureHead();
    }

    /** Creates the head row once; the loser of a race between instances finds the winner's. */
    private void ensureHead() {
        if (tx.read(em -> em.find(AuditHeadEntity.class, AuditHeadEntity.ID)) != null) {
            return;
        }
        try {
            tx.requiresNew(em -> {
                em.persist(new AuditHeadEntity(GENESIS));
                em.flush();
                return null;
            });
        } catch (RuntimeException e) {
            if (!Transactions.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    @Override
    public void record(AuditEntry entry) {
        if (entry == null || entry.actor() == null || entry.action() == null) {
            throw new IllegalArgumentException("an audit entry names its actor and action");
        }
        String before = state(entry.before());
        String after = state(entry.after());
        long at = clock.now().toEpochMilli();
        tx.required(em -> {
            AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
            if (head == null) {
                throw new IllegalStateException("the audit head row is missing");
            }
            AuditRecordEntity r = new AuditRecordEntity();
            r.id = head.lastId + 1;
            r.at = at;
            r.actor = entry.actor();
            r.action = entry.action();
            r.subjectType = entry.subjectType();
            r.subjectId = entry.subjectId();
            r.caseId = entry.caseId();
            r.before = before;
            r.after = after;
            r.prevHash = head.lastHash;
            r.hash = hash(head.lastHash, r);
            em.persist(r);
            head.lastId = r.id;
            head.lastHash = r.hash;
            em.flush();
            return null;
        });
    }

    private static String state(Map<String, Object> values) {
        String json = CanonicalJson.write(values);
        if (json.length() <= AuditRecordEntity.MAX_STATE) {
            return json;
        }
        // keep the record (and its place in the chain) rather than fail the change it describes
        Map<String, Object> cut = new LinkedHashMap<>();
        cut.put("truncated", true);
        cut.put("fields", List.copyOf(new java.util.TreeSet<>(values.keySet())));
        return CanonicalJson.write(cut);
    }

    /** SHA-256 (hex) of the previous hash, a newline, and the record's canonical content. */
    static String hash(String prevHash, AuditRecordEntity r) {
        StringBuilder sb = new StringBuilder(prevHash).append('\n').append('[').append(r.id).append(',').append(r.at)
                .append(',');
        CanonicalJson.string(sb, r.actor);
        sb.append(',');
        CanonicalJson.string(sb, r.action);
        sb.append(',').append(r.subjectType == null ? "null" : CanonicalJson.write(r.subjectType)).append(',')
                .append(r.subjectId == null ? "null" : CanonicalJson.write(r.subjectId)).append(',')
                .append(r.caseId == null ? "null" : r.caseId.toString()).append(',').append(r.before).append(',')
                .append(r.after).append(']');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public Page<AuditRecord> search(AuditQuery q, Actor actor) {
        actor.require(Permissions.AUDIT_READ);
        if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
            throw InvalidInputException.of("to", "结束时间须晚于开始时间");
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.caseId() != null) {
            where.append(" AND r.caseId = :caseId");
            params.put("caseId", q.caseId());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" AND r.actor = :actor");
            params.put("actor", q.actor().strip());
        }
        if (q.action() != null && !q.action().isBlank()) {
            String a = q.action().strip();
            if (a.endsWith(".")) {
                where.append(" AND r.action LIKE :action");
                params.put("action", a.replace("%", "").replace("_", "") + "%");
            } else {
                where.append(" AND r.action = :action");
                params.put("action", a);
            }
        }
        if (q.subjectType() != null && !q.subjectType().isBlank()) {
            where.append(" AND r.subjectType = :subjectType");
            params.put("subjectType", q.subjectType().strip());
        }
        if (q.subjectId() != null && !q.subjectId().isBlank()) {
            where.append(" AND r.subjectId = :subjectId");
            params.put("subjectId", q.subjectId().strip());
        }
        if (q.from() != null) {
            where.append(" AND r.at >= :from");
            params.put("from", q.from().toEpochMilli());
        }
        if (q.to() != null) {
            where.append(" AND r.at < :to");
            params.put("to", q.to().toEpochMilli());
        }
        return tx.read(em -> {
            JpqlPage<AuditRecordEntity> found = JpqlPage.of(em, AuditRecordEntity.class, "AuditRecordEntity r",
                    where.toString(), "r.id DESC", params, q.page().offset(), q.page().limit());
            return new Page<>(found.rows().stream().map(JpaAuditTrail::view).toList(), found.total(),
                    q.page().limit(), q.page().offset());
        });
    }

    static AuditRecord view(AuditRecordEntity r) {
        return new AuditRecord(r.id, Instant.ofEpochMilli(r.at), r.actor, r.action, r.subjectType, r.subjectId,
                r.caseId, CanonicalJson.readObject(r.before), CanonicalJson.readObject(r.after), r.hash);
    }

    @Override
    public AuditVerification verify(Actor actor) {
        actor.require(Permissions.AUDIT_VERIFY);
        // the head first: records appended while we read are after it and not part of this check
        AuditHeadEntity head = tx.read(em -> em.find(AuditHeadEntity.class, AuditHeadEntity.ID));
        long last = head == null ? 0 : head.lastId;
        long expected = 1;
        String prev = GENESIS;
        long read = 0;
        Long broken = null;
        while (true) {
            long after = expected - 1;
            List<AuditRecordEntity> batch = tx.read(em -> em.createQuery("SELECT r FROM AuditRecordEntity r"
                    + " WHERE r.id > :after AND r.id <= :last ORDER BY r.id", AuditRecordEntity.class)
                    .setParameter("after", after).setParameter("last", last).setMaxResults(VERIFY_BATCH)
                    .getResultList());
            for (AuditRecordEntity r : batch) {
                read++;
                if (broken == null) {
                    if (r.id != expected) {
                        broken = expected; // the records from expected up to r.id - 1 are missing
                    } else if (!r.prevHash.equals(prev) || !hash(prev, r).equals(r.hash)) {
                        broken = r.id;
                    }
                }
                prev = r.hash;
                expected = r.id + 1;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        if (broken == null && expected - 1 != last) {
            broken = expected; // the newest records were cut off
        } else if (broken == null && head != null && !head.lastHash.equals(prev)) {
            broken = last; // the newest record was rewritten, hash and all
        }
        if (broken != null) {
            LOG.error("The audit trail is broken at record {} ({} records read)", broken, read);
        }
        return new AuditVerification(broken == null, read, broken, read == 0 ? null : prev);
    }
}
