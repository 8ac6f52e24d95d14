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
 * A request of this area and the approval it waits for. What it asks is kept here, checked when it was made;
 * the approval's decision carries it out (once: the version settles two deliveries of the same decision).
 */
@Entity
@Table(name = "RESTRICTION_REQUEST", indexes = {
    @Index(name = "IX_RESTRICTION_REQUEST_CASE", columnList = "CASE_ID"),
    @Index(name = "IX_RESTRICTION_REQUEST_STATE", columnList = "STATE")
}, uniqueConstraints = @UniqueConstraint(name = "UQ_RESTRICTION_REQUEST_APPROVAL", columnNames = "APPROVAL_ID"))
public class RequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    RequestState state;

    @Column(name = "APPROVAL_ID")
    Long approvalId;

    @Column(name = "CASE_ID", nullable = false)
    long caseId;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    String caseNumber;

    @Column(name = "REQUESTED_BY", nullable = false, length = 64)
    String requestedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "REQUESTED_AT", nullable = false)
    Instant requestedAt;

    @Column(name = "REASON", nullable = false, length = 1000)
    String reason;

    /** What the approvers read: who, which measures, on what ground. */
    @Column(name = "SUMMARY", nullable = false, length = 1000)
    String summary;

    // listing
    @Column(name = "PARTY_ID")
    Long partyId;

    @Column(name = "PERSON_NAME", length = 200)
    String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERSON_KIND", length = 16)
    PartyKind personKind;

    @Column(name = "ID_MASKED", length = 40)
    String idMasked;

    @Column(name = "PERSON_KEY", length = 220)
    String personKey;

    /** The birth date the rules used (from the ID number or as stated), for the check at the decision. */
    @Column(name = "BIRTH_DATE")
    LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "DISHONEST_GROUND", length = 32)
    Ground dishonestGround;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONSUMPTION_GROUND", length = 32)
    Ground consumptionGround;

    @Column(name = "GRACE_MONTHS")
    Integer graceMonths;

    // extension, removal, temporary lifting: the restrictions concerned, comma separated
    @Column(name = "RESTRICTION_IDS", length = 500)
    String restrictionIds;

    @Column(name = "EXTENSION_YEARS")
    Integer extensionYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "REMOVAL_KIND", length = 16)
    RemovalKind removalKind;

    @Column(name = "PERFORMED_ON")
    LocalDate performedOn;

    /** The node "delete within 3 working days of performance", opened with the request. */
    @Column(name = "PERFORMANCE_NODE_ID")
    Long performanceNodeId;

    @Column(name = "DELETE_BY")
    LocalDate deleteBy;

    @Column(name = "LIFT_FROM")
    LocalDate liftFrom;

    @Column(name = "LIFT_TO")
    LocalDate liftTo;

    // the decision
    @Convert(converter = InstantConverter.class)
    @Column(name = "DECIDED_AT")
    Instant decidedAt;

    @Column(name = "APPROVERS", length = 500)
    String approvers;

    /** What was done, or why an approved request was not carried out. */
    @Column(name = "OUTCOME", length = 1000)
    String outcome;

    /** The restrictions the request created (listing). */
    @Column(name = "CREATED_IDS", length = 100)
    String createdIds;
}
