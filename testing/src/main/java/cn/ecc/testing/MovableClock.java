package cn.ecc.testing;

import cn.ecc.api.time.EccClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test sets and moves; Beijing time. */
public final class MovableClock implements EccClock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final AtomicReference<Instant> now;

    public MovableClock(LocalDateTime start) {
        this.now = new AtomicReference<>(start.atZone(ZONE).toInstant());
    }

    @Override
    public Instant now() {
        return now.get();
    }

    @Override
    public ZoneId zone() {
        return ZONE;
    }

    public void set(LocalDateTime time) {
        now.set(time.atZone(ZONE).toInstant());
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }
}
