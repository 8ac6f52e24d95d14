package cn.ecc.intake.internal.assign;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * How a case got its first handler: the method, and for a draw the candidates with their open caseloads,
 * the rule and the number drawn, so that anyone can check the draw afterwards.
 */
@Entity
@Table(name = "INTAKE_ASSIGNMENT", uniqueConstraints = @UniqueConstraint(name = "UQ_INTAKE_ASSIGNMENT_CASE",
        columnNames = "CASE_ID"))
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "CASE_NO", nullable = false, length = 64)
    private String caseNumber;

    @Column(name = "HANDLER", nullable = false, length = 64)
    private String handler;

    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD", nullable = false, length = 24)
    private AssignmentMethod method;

    /** {@code username:open-cases} of each eligible judge, comma separated; empty for a recorded choice. */
    @Column(name = "CANDIDATES", nullable = false, length = 2000)
    private String candidates;

    /** The rule as applied, e.g. "在办案件数不超过最少者 0 件的法官中等概率抽取". */
    @Column(name = "RULE_TEXT", nullable = false, length = 300)
    private String rule;

    /** The index drawn among the shortlisted candidates, and how many there were, e.g. "2/3". */
    @Column(name = "DRAW", length = 32)
    private String draw;

    @Column(name = "ASSIGNED_BY", nullable = false, length = 64)
    private String assignedBy;

    @Column(name = "ASSIGNED_AT", nullable = false)
    private Instant assignedAt;

    protected AssignmentEntity() {
    }

    public AssignmentEntity(long caseId, String caseNumber, String handler, AssignmentMethod method,
            String candidates, String rule, String draw, String assignedBy, Instant assignedAt) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.handler = handler;
        this.method = method;
        this.candidates = candidates;
        this.rule = rule;
        this.draw = draw;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getHandler() {
        return handler;
    }

    public AssignmentMethod getMethod() {
        return method;
    }

    public String getCandidates() {
        return candidates;
    }

    public String getRule() {
        return rule;
    }

    public String getDraw() {
        return draw;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
