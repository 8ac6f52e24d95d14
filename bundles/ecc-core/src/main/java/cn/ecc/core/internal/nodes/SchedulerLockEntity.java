package cn.ecc.core.internal.nodes;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A lease on a job that must run once at a time across every instance sharing the database. Taken and given
 * back in short transactions that lock the row ({@code SELECT ... FOR UPDATE}); a lease that an instance did
 * not give back (it died) ends by itself.
 */
@Entity
@Table(name = "ECC_SCHEDULER_LOCK")
public class SchedulerLockEntity {

    @Id
    @Column(name = "NAME", length = 64)
    String name;

    @Column(name = "LEASE_OWNER", length = 100)
    String owner;

    @Column(name = "LEASE_UNTIL")
    Instant leaseUntil;

    @Column(name = "LAST_FINISHED_AT")
    Instant lastFinishedAt;

    @Column(name = "LAST_RESULT", length = 500)
    String lastResult;

    protected SchedulerLockEntity() {
    }

    SchedulerLockEntity(String name) {
        this.name = name;
    }
}
