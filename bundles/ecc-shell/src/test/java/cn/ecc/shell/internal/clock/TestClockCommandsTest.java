package cn.ecc.shell.internal.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.common.InvalidInputException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TestClockCommandsTest {

    @Test
    void timesAndDurationsAsTyped() {
        assertThat(TestClockCommands.time("2026-03-02T09:00")).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        assertThat(TestClockCommands.time("2026-03-02")).isEqualTo(LocalDateTime.of(2026, 3, 2, 0, 0));
        assertThat(TestClockCommands.duration("3d")).isEqualTo(Duration.ofDays(3));
        assertThat(TestClockCommands.duration("-12h")).isEqualTo(Duration.ofHours(-12));
        assertThat(TestClockCommands.duration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(TestClockCommands.duration("P1DT2H")).isEqualTo(Duration.ofHours(26));
        assertThatThrownBy(() -> TestClockCommands.duration("soon")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TestClockCommands.time("2026-02-30")).isInstanceOf(InvalidInputException.class);
    }
}
