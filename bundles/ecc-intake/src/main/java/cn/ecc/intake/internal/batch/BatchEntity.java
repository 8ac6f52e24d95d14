package cn.ecc.intake.internal.batch;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One uploaded spreadsheet and how far its processing has come. */
@Entity
@Table(name = "INTAKE_BATCH")
public class BatchEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;

    @Column(name = "FORMAT", nullable = false, length = 8)
    private String format;

    /** The file's SHA-256: a second upload of the same file is answered with the first batch's report too. */
    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private BatchStatus status;

    @Column(name = "TOTAL_ROWS", nullable = false)
    private int totalRows;

    @Column(name = "CHECKED_ROWS", nullable = false)
    private int checkedRows;

    @Column(name = "INVALID_ROWS", nullable = false)
    private int invalidRows;

    @Column(name = "PROCESSED_ROWS", nullable = false)
    private int processedRows;

    @Column(name = "FILED_ROWS", nullable = false)
    private int filedRows;

    @Column(name = "DUPLICATE_ROWS", nullable = false)
    private int duplicateRows;

    @Column(name = "FAILED_ROWS", nullable = false)
    private int failedRows;

    @Column(name = "MESSAGE", length = 500)
    private String message;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    protected BatchEntity() {
    }

    public BatchEntity(String fileName, String format, String sha256, String createdBy, Instant createdAt) {
        this.fileName = fileName;
        this.format = format;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = BatchStatus.QUEUED;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFormat() {
        return format;
    }

    public String getSha256() {
        return sha256;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getCheckedRows() {
        return checkedRows;
    }

    public int getInvalidRows() {
        return invalidRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getFiledRows() {
        return filedRows;
    }

    public int getDuplicateRows() {
        return duplicateRows;
    }

    public int getFailedRows() {
        return failedRows;
    }

    public String getMessage() {
        return message;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    void progress(BatchStatus status, BatchCounters c) {
        this.status = status;
        this.totalRows = c.total;
        this.checkedRows = c.checked;
        this.invalidRows = c.invalid;
        this.processedRows = c.processed;
        this.filedRows = c.filed;
        this.duplicateRows = c.duplicate;
        this.failedRows = c.failed;
    }

    void finish(BatchStatus status, String message, Instant at) {
        this.status = status;
        this.message = message;
        this.finishedAt = at;
    }
}
