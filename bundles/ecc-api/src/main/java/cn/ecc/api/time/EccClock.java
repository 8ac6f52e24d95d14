package cn.ecc.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The only source of "now" in the product. Production answers the system clock in the court's zone;
 * tests (and only tests) register an adjustable clock that outranks it.
 */
@ProviderType
public interface EccClock {

    Instant now();

    /** The court's time zone (Asia/Shanghai unless configured otherwise). */
    ZoneId zone();

    default LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    default LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now(), zone());
    }
}
