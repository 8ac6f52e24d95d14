package cn.ecc.core.internal.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScanSchedulerTest {

    @Test
    void scansEveryIntervalSurvivesAFailedScanAndStopsOnDeactivation() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScanScheduler scheduler = new ScanScheduler(() -> {
            three.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
        }, 20, TimeUnit.MILLISECONDS);

        assertThat(three.await(10, TimeUnit.SECONDS)).as("three scans, the first one failing").isTrue();
        scheduler.deactivate();
        // terminated: no scan runs any more
        assertThat(scheduler.stopped()).isTrue();
    }

    @Test
    void noIntervalNoScan() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        ScanScheduler scheduler = new ScanScheduler(runs::incrementAndGet, 0, TimeUnit.MILLISECONDS);
        scheduler.deactivate();
        assertThat(runs.get()).isZero();
        assertThat(scheduler.stopped()).isTrue();
    }
}
