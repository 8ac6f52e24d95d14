package cn.ecc.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The platform's JSON reading: what is a date. */
class JsonMapperTest {

    public record Dated(LocalDate on, LocalDateTime at) {
    }

    private final ObjectMapper json = JsonMapper.create();

    @Test
    void datesAreIsoText() throws Exception {
        assertThat(json.readValue("{\"on\":\"2026-03-02\",\"at\":\"2026-03-02T09:30:00\"}", Dated.class))
                .isEqualTo(new Dated(LocalDate.of(2026, 3, 2), LocalDateTime.of(2026, 3, 2, 9, 30)));
        assertThat(json.readValue("{\"on\":null,\"at\":null}", Dated.class)).isEqualTo(new Dated(null, null));
    }

    @Test
    void arraysNumbersAndObjectsAreNotDates() {
        for (String on : new String[] {"[]", "[2026,3,2]", "20260302", "{}", "true"}) {
            assertThatThrownBy(() -> json.readValue("{\"on\":" + on + "}", Dated.class)).as(on)
                    .isInstanceOf(MismatchedInputException.class).hasMessageContaining("LocalDate");
        }
        for (String at : new String[] {"[]", "[2026,3,2,9,30]", "1772400000000"}) {
            assertThatThrownBy(() -> json.readValue("{\"at\":" + at + "}", Dated.class)).as(at)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }
}
