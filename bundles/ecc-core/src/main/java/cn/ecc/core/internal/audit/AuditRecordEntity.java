package cn.ecc.core.internal.audit;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One record of the append-only audit trail. The id is its position in the hash chain (1, 2, 3 … without
 * gaps); nothing ever updates or deletes a row.
 */
@Entity
@Table(name = "ECC_AUDIT", indexes = {
    @Index(name = "IX_AUDIT_CASE", columnList = "CASE_ID"),
    @Index(name = "IX_AUDIT_ACTOR", columnList = "ACTOR"),
    @Index(name = "IX_AUDIT_AT", columnList = "AT_MS"),
    @Index(name = "IX_AUDIT_SUBJECT", columnList = "SUBJECT_TYPE, SUBJECT_ID")
})
public class AuditRecordEntity {

    /** Longest before/after text kept; portable as VARCHAR on Derby and PostgreSQL. */
    static final int MAX_STATE = 32_000;

    @Id
    @Column(name = "ID")
    long id;

    /** Epoch milliseconds: exact across databases and time zones, so the hash stays verifiable. */
    @Column(name = "AT_MS", nullable = false)
    long at;

    @Column(name = "ACTOR", nullable = false, length = 64)
    String actor;

    @Column(name = "ACTION_NAME", nullable = false, length = 100)
    String action;

    @Column(name = "SUBJECT_TYPE", length = 50)
    String subjectType;

    @Column(name = "SUBJECT_ID", length = 100)
    String subjectId;

    @Column(name = "CASE_ID")
    Long caseId;

    @Column(name = "BEFORE_STATE", nullable = false, length = MAX_STATE)
    String before;

    @Column(name = "AFTER_STATE", nullable = false, length = MAX_STATE)
    String after;

    @Column(name = "PREV_HASH", nullable = false, length = 64)
    String prevHash;

    @Column(name = "HASH", nullable = false, length = 64)
    String hash;
}
