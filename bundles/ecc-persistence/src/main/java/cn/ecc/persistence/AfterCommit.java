package cn.ecc.persistence;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts events only when the transaction that made the change commits, so that a listener never acts on
 * a change that was rolled back (and never reads before the change is visible).
 */
public final class AfterCommit {

    private final EventAdmin events;
    private final TransactionSynchronizationRegistry registry;

    /**
     * @param registry the JTA registry, or null where there is no JTA (plain unit tests): events go at once
     */
    public AfterCommit(EventAdmin events, TransactionSynchronizationRegistry registry) {
        this.events = events;
        this.registry = registry;
    }

    public void post(Event event) {
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            events.postEvent(event);
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    events.postEvent(event);
                }
            }
        });
    }
}
