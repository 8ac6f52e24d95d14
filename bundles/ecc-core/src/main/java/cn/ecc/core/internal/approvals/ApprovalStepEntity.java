package cn.ecc.core.internal.approvals;

import cn.ecc.api.approvals.Decision;
import java.time.Instant;
import cn.ecc.persistence.InstantConverter;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** One step of an approval's chain, copied from the configuration when the approval was asked for. */
@Entity
@Table(name = "ECC_APPROVAL_STEP", indexes = {
    @Index(name = "IX_APPROVAL_STEP_APPROVAL", columnList = "APPROVAL_ID"),
    @Index(name = "IX_APPROVAL_STEP_DECIDER", columnList = "DECIDER")
})
public class ApprovalStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "APPROVAL_ID", nullable = false)
    ApprovalEntity approval;

    @Column(name = "STEP_INDEX", nullable = false)
    int stepIndex;

    /** The role that decides, or several separated by '|' (any one of them decides). */
    @Column(name = "ROLE_SPEC", nullable = false, length = 200)
    String role;

    @Column(name = "DECIDER", length = 64)
    String decider;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", length = 16)
    Decision decision;

    @Column(name = "STEP_COMMENT", length = 1000)
    String comment;

    @Convert(converter = InstantConverter.class)
    @Column(name = "DECIDED_AT")
    Instant decidedAt;
}
