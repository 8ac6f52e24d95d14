package cn.ecc.core.internal.nodes;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the warning scan every {@code scanIntervalMinutes} (configuration {@code ecc.deadlines}) on a thread of its
 * own, first one interval after start. A changed configuration restarts it with the new interval; stopping the
 * bundle stops the thread. Instances sharing a database each schedule it; the scan's lease lets one run at a time.
 */
@Component(immediate = true, configurationPid = "ecc.deadlines")
@Designate(ocd = DeadlinesConfig.class)
public class ScanScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ScanScheduler.class);

    private final Runnable scan;
    private final ScheduledExecutorService executor;

    @Activate
    public ScanScheduler(@Reference NodeScanner scanner, DeadlinesConfig config) {
        this(scanner::scanNow, config.scanIntervalMinutes(), TimeUnit.MINUTES);
    }

    ScanScheduler(Runnable scan, long interval, TimeUnit unit) {
        this.scan = scan;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ecc-node-scan");
            t.setDaemon(true);
            return t;
        });
        if (interval > 0) {
            executor.scheduleWithFixedDelay(this::run, interval, interval, unit);
        } else {
            LOG.info("Node warning scan is not scheduled (ecc.deadlines scanIntervalMinutes = {})", interval);
        }
    }

    private void run() {
        try {
            scan.run();
        } catch (RuntimeException e) {
            // a failed scan must not end the schedule: the next one tries again
            LOG.error("Node warning scan failed", e);
        }
    }

    boolean stopped() {
        return executor.isTerminated();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Node warning scan did not stop within 30 s");
        }
    }
}
