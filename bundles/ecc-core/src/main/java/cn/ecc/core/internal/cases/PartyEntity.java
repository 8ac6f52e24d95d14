package cn.ecc.core.internal.cases;

import cn.ecc.api.cases.PartyKind;
import javax.persistence.Column;
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

@Entity
@Table(name = "ECC_PARTY", indexes = {
    @Index(name = "IX_PARTY_CASE", columnList = "CASE_ID"),
    @Index(name = "IX_PARTY_NAME", columnList = "NAME"),
    @Index(name = "IX_PARTY_ID_NUMBER", columnList = "ID_NUMBER")
})
public class PartyEntity {

    /** 申请执行人 or 被执行人. */
    public enum Side { APPLICANT, RESPONDENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CASE_ID", nullable = false)
    private CaseEntity owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "SIDE", nullable = false, length = 16)
    private Side side;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private PartyKind kind;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "ID_NUMBER", length = 32)
    private String idNumber;

    @Column(name = "PHONE", length = 32)
    private String phone;

    @Column(name = "ADDRESS", length = 300)
    private String address;

    public Long getId() {
        return id;
    }

    public CaseEntity getOwner() {
        return owner;
    }

    public void setOwner(CaseEntity owner) {
        this.owner = owner;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public PartyKind getKind() {
        return kind;
    }

    public void setKind(PartyKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
