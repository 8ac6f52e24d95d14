package cn.ecc.restrictions.internal;

import cn.ecc.api.approvals.ApprovalTopics;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on the approval service's final decisions of restriction approvals, and runs the periodic work (grace
 * periods over, terms run out, decisions missed while the area was not installed). Decisions are carried out on
 * this component's own thread, so that EventAdmin's delivery thread never waits on the database; a decision lost
 * on the way (the bundle stopped, the JVM killed) is found by the next periodic run, as its request is still
 * pending.
 *
 * <p>Immediate: as a mere event handler DS would start it only at the first event, and the periodic work
 * would wait for that.
 */
@Component(immediate = true, configurationPid = "ecc.restrictions", property = {
    EventConstants.EVENT_TOPIC + "=" + ApprovalTopics.DECIDED,
    EventConstants.EVENT_FILTER + "=(|(" + ApprovalTopics.TYPE + "=RESTRICTION_LISTING)(" + ApprovalTopics.TYPE
            + "=RESTRICTION_REMOVAL))"
})
public class RestrictionWorker implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RestrictionWorker.class);
    /** The first periodic run, soon after start: decisions made while the area was away are carried out then. */
    static final long FIRST_RUN_SECONDS = 10;

    private final RestrictionService service;
    private final ExecutorService decisions;
    private final ScheduledExecutorService periodic;

    @Activate
    public RestrictionWorker(@Reference RestrictionService service, RestrictionsConfig config) {
        this.service = service;
        this.decisions = Executors.newSingleThreadExecutor(r -> thread(r, "ecc-restrictions-decisions"));
        this.periodic = Executors.newSingleThreadScheduledExecutor(r -> thread(r, "ecc-restrictions-periodic"));
        long interval = Math.max(1, config.sweepIntervalMinutes()) * 60L;
        periodic.scheduleWithFixedDelay(this::sweep, Math.min(FIRST_RUN_SECONDS, interval), interval, TimeUnit.SECONDS);
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Deactivate
    void stop() throws InterruptedException {
        periodic.shutdownNow();
        decisions.shutdown();
        if (!decisions.awaitTermination(10, TimeUnit.SECONDS)) {
            // what is left stays pending and is carried out by the next periodic run
            decisions.shutdownNow();
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty(ApprovalTopics.APPROVAL_ID) instanceof Number id)) {
            return;
        }
        long approvalId = id.longValue();
        try {
            decisions.execute(() -> decide(approvalId));
        } catch (RejectedExecutionException e) {
            LOG.debug("Stopping; approval {} is left to the next periodic run", approvalId);
        }
    }

    private void decide(long approvalId) {
        try {
            service.onDecided(approvalId);
        } catch (RuntimeException e) {
            LOG.warn("Could not carry out the decision of approval {}; the periodic run will try again", approvalId, e);
        }
    }

    private void sweep() {
        try {
            service.sweep();
        } catch (RuntimeException e) {
            LOG.warn("The periodic work of the restrictions area failed; it runs again at the next interval", e);
        }
    }
}
