package cn.ecc.persistence;

import java.sql.SQLException;
import java.util.Set;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * A unit's log while EclipseLink extends its tables: passes every entry on to the unit's own log except the
 * database's refusals to create what is there already. EclipseLink's create-or-extend sends the create statement
 * of every table, constraint and index and lets the database refuse the existing ones; each refusal would be
 * logged as a warning with its stack trace, one per existing constraint at every change of a unit's entities,
 * although nothing went wrong. Anything else the database refuses is still logged as before.
 */
final class ExistingObjectsLog extends AbstractSessionLog {

    /**
     * Derby's "already exists" (X0Y32) and, for a unique constraint, "have the same set of columns" (42Z93: one on
     * those columns is there); PostgreSQL's duplicate_table (42P07) and duplicate_object (42710).
     */
    private static final Set<String> ALREADY_THERE = Set.of("X0Y32", "42Z93", "42P07", "42710");

    private final SessionLog unitLog;
    private int dropped;

    ExistingObjectsLog(SessionLog unitLog) {
        this.unitLog = unitLog;
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (isAlreadyThere(entry.getException())) {
            dropped++;
            return;
        }
        unitLog.log(entry);
    }

    @Override
    public boolean shouldLog(int level, String category) {
        return unitLog.shouldLog(level, category);
    }

    @Override
    public int getLevel(String category) {
        return unitLog.getLevel(category);
    }

    @Override
    public int getLevel() {
        return unitLog.getLevel();
    }

    /** How many refusals of existing objects were left out. */
    int dropped() {
        return dropped;
    }

    static boolean isAlreadyThere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ALREADY_THERE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
