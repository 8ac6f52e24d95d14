package cn.ecc.restrictions.internal;

import cn.ecc.persistence.InstantConverter;
import cn.ecc.api.cases.PartyKind;
import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A line of the 纳入/撤销台帐, written in the transaction of the change it records and never changed: the
 * ledger shows what was decided as it stood then (names and numbers copied, ID numbers masked).
 */
@Entity
@Table(name = "RESTRICTION_LEDGER", indexes = {
    @Index(name = "IX_RESTRICTION_LEDGER_DATE", columnList = "ENTRY_DATE, ID"),
    @Index(name = "IX_RESTRICTION_LEDGER_RESTRICTION", columnList = "RESTRICTION_ID"),
    @Index(name = "IX_RESTRICTION_LEDGER_CASE", columnList = "CASE_ID")
})
public class LedgerEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    /** The day of the change: decision, removal, expiry. */
    @Column(name = "ENTRY_DATE", nullable = false)
    LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "LEDGER_ACTION", nullable = false, length = 24)
    LedgerAction action;

    @Column(name = "RESTRICTION_ID", nullable = false)
    long restrictionId;

    @Column(name = "CASE_ID", nullable = false)
    long caseId;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    String caseNumber;

    @Column(name = "PERSON_NAME", nullable = false, length = 200)
    String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERSON_KIND", nullable = false, length = 16)
    PartyKind personKind;

    @Column(name = "ID_MASKED", length = 40)
    String idMasked;

    @Enumerated(EnumType.STRING)
    @Column(name = "RESTRICTION_TYPE", nullable = false, length = 16)
    RestrictionType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "GROUND", nullable = false, length = 32)
    Ground ground;

    @Enumerated(EnumType.STRING)
    @Column(name = "REMOVAL_KIND", length = 16)
    RemovalKind removalKind;

    @Column(name = "EFFECTIVE_ON")
    LocalDate effectiveOn;

    @Column(name = "ENDS_ON")
    LocalDate endsOn;

    @Column(name = "GRACE_UNTIL")
    LocalDate graceUntil;

    /** The dated period of a temporary lifting, or the extension, as text. */
    @Column(name = "DETAIL", length = 200)
    String detail;

    @Column(name = "REASON", length = 1000)
    String reason;

    @Column(name = "APPROVAL_ID")
    Long approvalId;

    @Column(name = "REQUESTED_BY", length = 64)
    String requestedBy;

    @Column(name = "APPROVERS", length = 500)
    String approvers;

    @Convert(converter = InstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;
}
