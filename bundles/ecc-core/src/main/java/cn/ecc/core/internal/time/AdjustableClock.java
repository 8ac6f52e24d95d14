package cn.ecc.core.internal.time;

import cn.ecc.api.time.ClockControl;
import cn.ecc.api.time.EccClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test and demonstration clock. It exists only while configuration {@code ecc.testclock} exists
 * ({@link ConfigurationPolicy#REQUIRE}), which the production distribution never ships; then it outranks the
 * system clock (service.ranking 100) for every component that binds the clock greedily, and {@link ClockControl}
 * moves it. Deleting the configuration brings the system clock back.
 */
@Component(service = {EccClock.class, ClockControl.class}, configurationPid = "ecc.testclock",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = "service.ranking:Integer=100")
@Designate(ocd = TestClockConfig.class)
public class AdjustableClock implements EccClock, ClockControl {

    private static final Logger LOG = LoggerFactory.getLogger(AdjustableClock.class);

    private final ZoneId zone;
    private final Object lock = new Object();
    private boolean ticking;
    /** When ticking: the offset from the system time; when stopped: the time itself. */
    private Duration offset = Duration.ZERO;
    private Instant fixed;

    @Activate
    public AdjustableClock(TestClockConfig config) {
        this.zone = ZoneId.of(config.zone());
        modified(config);
        LOG.warn("The adjustable test clock is active (configuration ecc.testclock): now is {}", localNow());
    }

    @Modified
    void modified(TestClockConfig config) {
        synchronized (lock) {
            ticking = config.ticking();
            fixed = Instant.now();
            offset = Duration.ZERO;
        }
        String now = config.now() == null ? "" : config.now().strip();
        if (!now.isEmpty()) {
            try {
                set(LocalDateTime.parse(now));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("ecc.testclock now must be a local date-time like 2026-03-02T09:00,"
                        + " was: " + now, e);
            }
        }
    }

    @Override
    public Instant now() {
        synchronized (lock) {
            return ticking ? Instant.now().plus(offset) : fixed;
        }
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public void set(LocalDateTime localTime) {
        Instant target = localTime.atZone(zone).toInstant();
        synchronized (lock) {
            fixed = target;
            offset = Duration.between(Instant.now(), target);
        }
    }

    @Override
    public void advance(Duration by) {
        synchronized (lock) {
            fixed = fixed.plus(by);
            offset = offset.plus(by);
        }
    }

    @Override
    public EccClock clock() {
        return this;
    }
}
