package cn.ecc.persistence;

import cn.ecc.api.common.EccException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in a transaction of one persistence unit. Aries' JTA template wraps every failure in a
 * plain {@code RuntimeException}; this class hands the caller back the {@link EccException} that the work
 * threw, and turns a unique-constraint violation into the exception the caller chooses, so that a
 * rejected request answers a clear error instead of a 500.
 */
public final class Transactions {

    /** SQLState class 23: integrity constraint violation (23505 unique, 23503 foreign key). */
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * Failures that say nothing about the request, only that another transaction was in the way: a deadlock or
     * serialization failure (40001), a lock wait that timed out (Derby 40XL1, 40XL2; also Derby's "too much
     * contention" refilling its cache of generated ids right after a start), PostgreSQL's lock timeout (55P03).
     */
    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "40XL1", "40XL2", "55P03");
    /** Tries of a transaction that meets a transient conflict, the first included. */
    static final int ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final JpaTemplate jpa;

    public Transactions(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * Deploys the persistence unit now, outside any transaction: the unit's {@link SchemaKeeper} creates or extends
     * its tables at deployment when its entities changed. Call it when the component activates, before its
     * resources serve. Left to the first request, the table changes ran inside that request's transaction and held
     * Derby's locks on the tables and the dictionary until it ended, while other requests waited for them.
     */
    public void prepare() {
        run(TransactionType.Supports, em -> em.getMetamodel());
    }

    /** Joins the caller's transaction or starts one. */
    public <R> R required(Function<EntityManager, R> work) {
        return run(TransactionType.Required, work);
    }

    /** Runs in a transaction of its own, committed whatever happens to the caller's. */
    public <R> R requiresNew(Function<EntityManager, R> work) {
        return run(TransactionType.RequiresNew, work);
    }

    /** Reads, inside the caller's transaction when there is one. */
    public <R> R read(Function<EntityManager, R> work) {
        return run(TransactionType.Supports, work);
    }

    /**
     * Like {@link #required} but a unique-constraint violation, at flush or at commit, becomes the exception
     * {@code onDuplicate} supplies.
     */
    public <R> R requiredUnique(Function<EntityManager, R> work, Supplier<? extends EccException> onDuplicate) {
        try {
            return required(work);
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw onDuplicate.get();
            }
            throw e;
        }
    }

    /**
     * Runs the work; a transaction that this call began and that failed only because another one was in its way
     * is run again (twice at most, after a short random pause), so that the caller is not answered an error for
     * a conflict nobody asked for. Work that joined a caller's transaction is not repeated here: the failure
     * marks that transaction for rollback, and the outermost {@code Transactions} call repeats it whole. The work
     * must therefore do nothing that a rollback does not undo, which holds for database work and for events
     * posted after the commit ({@link AfterCommit}).
     */
    private <R> R run(TransactionType type, Function<EntityManager, R> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jpa.txExpr(type, work::apply);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransientConflict(e) || inTransaction()) {
                    throw unwrap(e);
                }
                LOG.info("Transaction met a concurrent one ({}); trying again ({} of {})", sqlState(e), attempt + 1,
                        ATTEMPTS);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(5, 30)
                        * attempt));
            }
        }
    }

    /** Whether the calling thread is inside a transaction (Mandatory refuses to run outside one). */
    private boolean inTransaction() {
        try {
            return jpa.txExpr(TransactionType.Mandatory, em -> Boolean.TRUE);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether a deadlock, a lock timeout or a serialization failure caused the failure. */
    public static boolean isTransientConflict(Throwable failure) {
        String state = sqlState(failure);
        return state != null && TRANSIENT.contains(state);
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** The first {@link EccException} in the cause chain, or the failure as it came. */
    static RuntimeException unwrap(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EccException ecc) {
                return ecc;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return failure;
    }

    /** Whether a unique constraint or primary key refused a write somewhere in the cause chain. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Whether an optimistic lock (a concurrent change of the same row) failed somewhere in the cause chain. */
    public static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
