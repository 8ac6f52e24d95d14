package cn.ecc.core.internal.audit;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The newest link of the chain: its id and hash. Appending locks this one row until the writing transaction
 * commits, which orders the chain across threads and across instances sharing the database; it also shows
 * when records were cut off the end of the trail.
 */
@Entity
@Table(name = "ECC_AUDIT_HEAD")
public class AuditHeadEntity {

    static final int ID = 1;

    @Id
    @Column(name = "ID")
    int id;

    @Column(name = "LAST_ID", nullable = false)
    long lastId;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    String lastHash;

    protected AuditHeadEntity() {
    }

    AuditHeadEntity(String genesis) {
        this.id = ID;
        this.lastId = 0;
        this.lastHash = genesis;
    }
}
