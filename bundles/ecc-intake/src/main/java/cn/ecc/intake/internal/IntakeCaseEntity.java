package cn.ecc.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * What intake knows of a case beyond the core's record: its series (系列案件: same applicant, same day), the
 * batch it came in, and when its initial documents were sent.
 */
@Entity
@Table(name = "INTAKE_CASE", indexes = {
    @Index(name = "IX_INTAKE_CASE_SERIES", columnList = "SERIES_KEY"),
    @Index(name = "IX_INTAKE_CASE_FILED", columnList = "FILED_ON")
})
public class IntakeCaseEntity {

    @Id
    @Column(name = "CASE_ID")
    private long caseId;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    private String caseNumber;

    @Column(name = "FILED_ON", nullable = false)
    private LocalDate filedOn;

    @Column(name = "SERIES_KEY", nullable = false, length = 300)
    private String seriesKey;

    @Column(name = "APPLICANTS", nullable = false, length = 500)
    private String applicants;

    @Column(name = "BATCH_ID")
    private Long batchId;

    @Column(name = "DOCS_SENT_AT")
    private Instant documentsSentAt;

    @Column(name = "DOCS_SENT_BY", length = 64)
    private String documentsSentBy;

    protected IntakeCaseEntity() {
    }

    public IntakeCaseEntity(long caseId, String caseNumber, LocalDate filedOn, String seriesKey, String applicants,
            Long batchId) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.filedOn = filedOn;
        this.seriesKey = seriesKey;
        this.applicants = applicants;
        this.batchId = batchId;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public String getSeriesKey() {
        return seriesKey;
    }

    public String getApplicants() {
        return applicants;
    }

    public Long getBatchId() {
        return batchId;
    }

    /** The batch a case came in, added after the filing wrote the record ({@link SeriesRecorder}). */
    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public Instant getDocumentsSentAt() {
        return documentsSentAt;
    }

    public String getDocumentsSentBy() {
        return documentsSentBy;
    }

    public void markDocumentsSent(Instant at, String by) {
        this.documentsSentAt = at;
        this.documentsSentBy = by;
    }
}
