package cn.ecc.core.internal.nodes;

import cn.ecc.api.nodes.TermPauseReason;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** A pause, resumption or extension of a case term. An approval extends a term once (the unique constraint). */
@Entity
@Table(name = "ECC_TERM_EVENT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_TERM_APPROVAL", columnNames = "APPROVAL_ID"),
        indexes = @Index(name = "IX_TERM_EVENT_CASE", columnList = "CASE_ID"))
public class TermEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CASE_ID", nullable = false)
    long caseId;

    @Column(name = "KIND", nullable = false, length = 16)
    String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", length = 32)
    TermPauseReason reason;

    @Column(name = "DAYS", nullable = false)
    int days;

    @Column(name = "APPROVAL_ID")
    Long approvalId;

    @Column(name = "EVENT_AT", nullable = false)
    LocalDateTime at;

    @Column(name = "ACTOR", nullable = false, length = 64)
    String actor;
}
