package cn.ecc.api.time;

import java.time.Duration;
import java.time.LocalDateTime;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Moves the test/demo clock. Registered only while that clock is active, i.e. only where its configuration
 * ({@code ecc.testclock}) exists; the production distribution never ships it, so production has no such service
 * and the system clock is the only one.
 */
@ProviderType
public interface ClockControl {

    /** Sets "now" to this local time of the court's zone. */
    void set(LocalDateTime localTime);

    /** Moves "now" forward (or back, for a negative duration). */
    void advance(Duration by);

    /** The clock it controls. */
    EccClock clock();
}
