package cn.ecc.restrictions.internal;

import cn.ecc.persistence.InstantConverter;
import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * An approved, dated exception to a travel ban (暂时解除乘坐飞机、高铁限制, at most one month: illness, a
 * relative's funeral, an urgent official trip). The restriction stays in force; only these days are excepted.
 */
@Entity
@Table(name = "RESTRICTION_LIFT", indexes = @Index(name = "IX_RESTRICTION_LIFT_RESTRICTION",
        columnList = "RESTRICTION_ID"))
public class TemporaryLiftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "RESTRICTION_ID", nullable = false)
    long restrictionId;

    @Column(name = "REQUEST_ID", nullable = false)
    long requestId;

    @Column(name = "APPROVAL_ID", nullable = false)
    long approvalId;

    @Column(name = "LIFT_FROM", nullable = false)
    LocalDate from;

    @Column(name = "LIFT_TO", nullable = false)
    LocalDate to;

    @Column(name = "REASON", nullable = false, length = 1000)
    String reason;

    @Column(name = "APPROVERS", nullable = false, length = 500)
    String approvers;

    @Convert(converter = InstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;
}
