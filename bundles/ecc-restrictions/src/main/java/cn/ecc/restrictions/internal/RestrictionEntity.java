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
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * A restriction in the command center's record: created only when its listing is approved, ended only by an
 * approved removal or by the end of its term. Refers to the case and the party by id; keeps the ID number
 * masked only (the full one stays with the case).
 */
@Entity
@Table(name = "RESTRICTION_RECORD", indexes = {
    @Index(name = "IX_RESTRICTION_CASE", columnList = "CASE_ID"),
    @Index(name = "IX_RESTRICTION_STATE", columnList = "STATE, EFFECTIVE_ON"),
    @Index(name = "IX_RESTRICTION_ENDS", columnList = "STATE, ENDS_ON"),
    @Index(name = "IX_RESTRICTION_DECIDED", columnList = "DECIDED_ON"),
    @Index(name = "IX_RESTRICTION_ENDED", columnList = "ENDED_ON")
}, uniqueConstraints = @UniqueConstraint(name = "UQ_RESTRICTION_ACTIVE", columnNames = "ACTIVE_KEY"))
public class RestrictionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @Column(name = "CASE_ID", nullable = false)
    long caseId;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    String caseNumber;

    @Column(name = "PARTY_ID")
    Long partyId;

    @Column(name = "PERSON_NAME", nullable = false, length = 200)
    String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERSON_KIND", nullable = false, length = 16)
    PartyKind personKind;

    /** Masked (Masks.idNumber); may be null when the case has none. */
    @Column(name = "ID_MASKED", length = 40)
    String idMasked;

    /** Who the person is across edits of the case's party list: a hash of the ID number, or the name. */
    @Column(name = "PERSON_KEY", nullable = false, length = 220)
    String personKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "RESTRICTION_TYPE", nullable = false, length = 16)
    RestrictionType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "GROUND", nullable = false, length = 32)
    Ground ground;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    RestrictionState state;

    /**
     * caseId|personKey|type|ground while not ended, null after: the database refuses a second active listing of
     * the same person on the same ground, also when two approvals land at once.
     */
    @Column(name = "ACTIVE_KEY", length = 300)
    String activeKey;

    @Column(name = "LISTING_REQUEST_ID", nullable = false)
    long listingRequestId;

    @Column(name = "LISTING_APPROVAL_ID", nullable = false)
    long listingApprovalId;

    @Column(name = "REQUESTED_BY", nullable = false, length = 64)
    String requestedBy;

    @Column(name = "LISTING_APPROVERS", nullable = false, length = 500)
    String listingApprovers;

    /** The day the listing was approved (决定纳入日期). */
    @Column(name = "DECIDED_ON", nullable = false)
    LocalDate decidedOn;

    @Column(name = "GRACE_MONTHS", nullable = false)
    int graceMonths;

    @Column(name = "GRACE_UNTIL")
    LocalDate graceUntil;

    /** The first day in force (the day after the grace period, or the decision's day). */
    @Column(name = "EFFECTIVE_ON", nullable = false)
    LocalDate effectiveOn;

    /** The term from {@code effectiveOn} in months; null: no fixed term. */
    @Column(name = "TERM_MONTHS")
    Integer termMonths;

    @Column(name = "EXTENSION_MONTHS", nullable = false)
    int extensionMonths;

    /** The last day in force when the term runs out; null without a fixed term. */
    @Column(name = "ENDS_ON")
    LocalDate endsOn;

    /** The end touched a year whose holiday arrangement was not known yet: recomputed when it is. */
    @Column(name = "ENDS_PROVISIONAL", nullable = false)
    boolean endsProvisional;

    /** The expiry node of the deadline engine, while the term runs. */
    @Column(name = "EXPIRY_NODE_ID")
    Long expiryNodeId;

    /** The first day no longer in force. */
    @Column(name = "ENDED_ON")
    LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "END_KIND", length = 16)
    RemovalKind endKind;

    @Column(name = "END_REASON", length = 1000)
    String endReason;

    @Column(name = "REMOVAL_REQUEST_ID")
    Long removalRequestId;

    @Column(name = "REMOVAL_APPROVAL_ID")
    Long removalApprovalId;

    @Column(name = "REMOVAL_REQUESTED_BY", length = 64)
    String removalRequestedBy;

    @Column(name = "REMOVAL_APPROVERS", length = 500)
    String removalApprovers;

    @Column(name = "PERFORMED_ON")
    LocalDate performedOn;

    @Convert(converter = InstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    static String activeKey(long caseId, String personKey, RestrictionType type, Ground ground) {
        return caseId + "|" + personKey + "|" + type + "|" + ground;
    }
}
