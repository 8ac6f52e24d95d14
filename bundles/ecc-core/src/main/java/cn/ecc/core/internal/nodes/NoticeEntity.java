package cn.ecc.core.internal.nodes;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** A notice in an inbox; the unique key keeps the same notice from reaching the same recipient twice. */
@Entity
@Table(name = "ECC_NOTICE",
        uniqueConstraints = @UniqueConstraint(name = "UQ_NOTICE_KEY", columnNames = {"RECIPIENT_KEY", "DEDUP_KEY"}),
        indexes = @Index(name = "IX_NOTICE_INBOX", columnList = "RECIPIENT_KEY, CREATED_AT"))
public class NoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "RECIPIENT", length = 64)
    String recipient;

    @Column(name = "RECIPIENT_ROLE", length = 32)
    String role;

    /** {@code user:<username>} or {@code role:<role>}: one column for the unique constraint. */
    @Column(name = "RECIPIENT_KEY", nullable = false, length = 100)
    String recipientKey;

    @Column(name = "DEDUP_KEY", nullable = false, length = 200)
    String key;

    @Column(name = "KIND", nullable = false, length = 64)
    String kind;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "BODY", length = 1000)
    String body;

    @Column(name = "CASE_ID")
    Long caseId;

    @Column(name = "CASE_NO", length = 64)
    String caseNumber;

    @Column(name = "NODE_ID")
    Long nodeId;

    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "READ_AT")
    LocalDateTime readAt;
}
