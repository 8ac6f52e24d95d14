package cn.ecc.core.internal.cases;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The last sequence number given out per year, court and type. Filing locks the row for the rest of its
 * transaction, so numbers are handed out in commit order and a rolled-back filing gives its number back.
 */
@Entity
@Table(name = "ECC_CASE_COUNTER")
public class CaseCounterEntity {

    @Id
    @Column(name = "COUNTER_KEY", length = 64)
    private String key;

    @Column(name = "LAST_SEQ", nullable = false)
    private int last;

    protected CaseCounterEntity() {
    }

    public CaseCounterEntity(String key) {
        this.key = key;
    }

    public int next() {
        return ++last;
    }
}
