package cn.ecc.core.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private static TestClockConfig config(String now, boolean ticking) {
        return new TestClockConfig() {
            @Override
            public String now() {
                return now;
            }

            @Override
            public boolean ticking() {
                return ticking;
            }

            @Override
            public String zone() {
                return "Asia/Shanghai";
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return TestClockConfig.class;
            }
        };
    }

    @Test
    void aStoppedClockMovesOnlyWhenTold() {
        AdjustableClock clock = new AdjustableClock(config("2026-03-02T09:00", false));
        assertThat(clock.localNow()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        clock.advance(Duration.ofDays(3).plusHours(1));
        assertThat(clock.localNow()).isEqualTo(LocalDateTime.of(2026, 3, 5, 10, 0));
        clock.set(LocalDateTime.of(2026, 2, 13, 16, 0));
        assertThat(clock.today()).hasToString("2026-02-13");
        assertThat(clock.clock()).isSameAs(clock);

        clock.modified(config("2026-10-01T00:00", false));
        assertThat(clock.localNow()).isEqualTo(LocalDateTime.of(2026, 10, 1, 0, 0));
    }

    @Test
    void aTickingClockRunsFromTheTimeSet() {
        AdjustableClock clock = new AdjustableClock(config("2026-03-02T09:00", true));
        LocalDateTime now = clock.localNow();
        assertThat(now).isBetween(LocalDateTime.of(2026, 3, 2, 9, 0), LocalDateTime.of(2026, 3, 2, 9, 1));
        clock.advance(Duration.ofHours(2));
        assertThat(clock.localNow()).isAfterOrEqualTo(now.plusHours(2));
    }

    @Test
    void aWrongTimeIsRefused() {
        assertThatThrownBy(() -> new AdjustableClock(config("2026-03-02 9:00", false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ecc.testclock");
    }
}
