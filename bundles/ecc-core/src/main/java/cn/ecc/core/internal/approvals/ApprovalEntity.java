package cn.ecc.core.internal.approvals;

import cn.ecc.api.approvals.ApprovalState;
import cn.ecc.api.approvals.ApprovalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import cn.ecc.persistence.InstantConverter;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

/** An approval request with its chain. The version guards against two deciders of the same step. */
@Entity
@Table(name = "ECC_APPROVAL", indexes = {
    @Index(name = "IX_APPROVAL_CASE", columnList = "CASE_ID"),
    @Index(name = "IX_APPROVAL_STATE", columnList = "STATE"),
    @Index(name = "IX_APPROVAL_REQUESTER", columnList = "REQUESTER")
})
public class ApprovalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "APPROVAL_TYPE", nullable = false, length = 32)
    ApprovalType type;

    @Column(name = "CASE_ID", nullable = false)
    long caseId;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    String caseNumber;

    @Column(name = "REQUESTER", nullable = false, length = 64)
    String requester;

    @Column(name = "REASON", nullable = false, length = 1000)
    String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    ApprovalState state;

    /** The open step's index; -1 once final. */
    @Column(name = "CURRENT_STEP", nullable = false)
    int currentStep;

    /** The open step's role (roles separated by '|'); null once final. */
    @Column(name = "NEXT_ROLE", length = 200)
    String nextRole;

    @Convert(converter = InstantConverter.class)
    @Column(name = "REQUESTED_AT", nullable = false)
    Instant requestedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "DECIDED_AT")
    Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ECC_APPROVAL_DETAIL", joinColumns = @JoinColumn(name = "APPROVAL_ID"))
    @MapKeyColumn(name = "DETAIL_KEY", length = 64)
    @Column(name = "DETAIL_VALUE", length = 500)
    Map<String, String> details = new HashMap<>();

    @OneToMany(mappedBy = "approval", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("stepIndex ASC")
    List<ApprovalStepEntity> steps = new ArrayList<>();
}
