package cn.ecc.core.internal.time;

import cn.ecc.api.time.EccClock;
import java.time.Instant;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The production clock: the system's time in the court's zone. */
@Component(configurationPid = "ecc.clock", property = "service.ranking:Integer=0")
@Designate(ocd = ClockConfig.class)
public class SystemClock implements EccClock {

    private final ZoneId zone;

    @Activate
    public SystemClock(ClockConfig config) {
        this.zone = ZoneId.of(config.zone());
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
