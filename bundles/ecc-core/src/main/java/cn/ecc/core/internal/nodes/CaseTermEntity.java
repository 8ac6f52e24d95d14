package cn.ecc.core.internal.nodes;

import cn.ecc.api.nodes.TermPauseReason;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A case's term (审限); its deadline is carried by the case-term node. */
@Entity
@Table(name = "ECC_CASE_TERM")
public class CaseTermEntity {

    @Id
    @Column(name = "CASE_ID")
    Long caseId;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    String caseNumber;

    @Column(name = "STARTED_ON", nullable = false)
    LocalDate startedOn;

    @Column(name = "TERM_MONTHS", nullable = false)
    int months;

    @Column(name = "BASE_END", nullable = false)
    LocalDate baseEnd;

    @Column(name = "PAUSED_DAYS", nullable = false)
    int pausedDays;

    @Column(name = "EXTENSION_DAYS", nullable = false)
    int extensionDays;

    @Column(name = "PAUSED_SINCE")
    LocalDateTime pausedSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "PAUSE_REASON", length = 32)
    TermPauseReason pauseReason;

    @Column(name = "NODE_ID", nullable = false)
    long nodeId;
}
