package cn.ecc.intake.internal.batch;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** The report of a batch, one record per problem of an invalid row and one per row otherwise. */
@Entity
@Table(name = "INTAKE_BATCH_ROW", indexes = @Index(name = "IX_INTAKE_BATCH_ROW", columnList = "BATCH_ID, ROW_NO"))
public class BatchRowEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "BATCH_ID", nullable = false)
    private long batchId;

    @Column(name = "ROW_NO", nullable = false)
    private int row;

    @Column(name = "FILING_REF", length = 100)
    private String filingReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 16)
    private RowOutcome outcome;

    /** The column as the file names it, for an invalid row. */
    @Column(name = "COLUMN_NAME", length = 100)
    private String column;

    @Column(name = "MESSAGE", length = 500)
    private String message;

    @Column(name = "CASE_ID")
    private Long caseId;

    @Column(name = "CASE_NO", length = 64)
    private String caseNumber;

    protected BatchRowEntity() {
    }

    BatchRowEntity(long batchId, int row, String filingReference, RowOutcome outcome, String column, String message,
            Long caseId, String caseNumber) {
        this.batchId = batchId;
        this.row = row;
        this.filingReference = filingReference;
        this.outcome = outcome;
        this.column = column;
        this.message = message;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
    }

    public int getRow() {
        return row;
    }

    public String getFilingReference() {
        return filingReference;
    }

    public RowOutcome getOutcome() {
        return outcome;
    }

    public String getColumn() {
        return column;
    }

    public String getMessage() {
        return message;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }
}
