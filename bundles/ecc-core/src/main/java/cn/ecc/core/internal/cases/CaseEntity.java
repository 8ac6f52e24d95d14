package cn.ecc.core.internal.cases;

import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.ClosingType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

@Entity
@Table(name = "ECC_CASE",
        uniqueConstraints = {
            @UniqueConstraint(name = "UQ_CASE_NUMBER", columnNames = {"CASE_YEAR", "COURT_CODE", "CASE_TYPE", "SEQ"}),
            @UniqueConstraint(name = "UQ_CASE_FILING_REF", columnNames = {"FILING_REF"})
        },
        indexes = {
            @Index(name = "IX_CASE_NO", columnList = "CASE_NO"),
            @Index(name = "IX_CASE_STATUS", columnList = "STATUS"),
            @Index(name = "IX_CASE_HANDLER", columnList = "HANDLER"),
            // in the case list's order (filedOn DESC, id DESC), so that a page is read off the index and not
            // sorted out of every case (0.2 s of Derby's sort with 155,000 cases); ranges of filing dates use it too
            @Index(name = "IX_CASE_LIST", columnList = "FILED_ON DESC, ID DESC")
        })
public class CaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    private String number;

    @Column(name = "CASE_YEAR", nullable = false)
    private int year;

    @Column(name = "COURT_CODE", nullable = false, length = 16)
    private String courtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "CASE_TYPE", nullable = false, length = 16)
    private CaseType type;

    @Column(name = "SEQ", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private CaseStatus status;

    @Column(name = "CAUSE", length = 200)
    private String cause;

    @Column(name = "BASIS", nullable = false, length = 500)
    private String basis;

    @Column(name = "AMOUNT", nullable = false, precision = 17, scale = 2)
    private BigDecimal amount;

    @Column(name = "FILED_ON", nullable = false)
    private LocalDate filedOn;

    @Column(name = "NON_LITIGATION", nullable = false)
    private boolean nonLitigation;

    @Column(name = "HANDLER", length = 64)
    private String handler;

    @Column(name = "FILING_REF", length = 100)
    private String filingReference;

    @Column(name = "KEY_CASE", nullable = false)
    private boolean keyCase;

    @Column(name = "KEY_CATEGORY", length = 100)
    private String keyCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "CLOSING_TYPE", length = 32)
    private ClosingType closingType;

    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<PartyEntity> parties = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getCourtCode() {
        return courtCode;
    }

    public void setCourtCode(String courtCode) {
        this.courtCode = courtCode;
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
    }

    public int getSequence() {
        return sequence;
    }

    public void setSequence(int sequence) {
        this.sequence = sequence;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public boolean isNonLitigation() {
        return nonLitigation;
    }

    public void setNonLitigation(boolean nonLitigation) {
        this.nonLitigation = nonLitigation;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public String getFilingReference() {
        return filingReference;
    }

    public void setFilingReference(String filingReference) {
        this.filingReference = filingReference;
    }

    public boolean isKeyCase() {
        return keyCase;
    }

    public void setKeyCase(boolean keyCase) {
        this.keyCase = keyCase;
    }

    public String getKeyCategory() {
        return keyCategory;
    }

    public void setKeyCategory(String keyCategory) {
        this.keyCategory = keyCategory;
    }

    public ClosingType getClosingType() {
        return closingType;
    }

    public void setClosingType(ClosingType closingType) {
        this.closingType = closingType;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public List<PartyEntity> getParties() {
        return parties;
    }
}
