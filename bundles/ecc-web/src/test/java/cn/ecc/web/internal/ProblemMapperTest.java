package cn.ecc.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.ecc.api.cases.NewCase;
import cn.ecc.api.common.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading errors of the platform's JSON name the field the user has to fix. */
class ProblemMapperTest {

    private final ObjectMapper json = JsonMapper.create();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"FIRST\",                       | ''",
        "{\"type\":\"SECOND\"}                      | type",
        "{\"type\":1}                               | type",
        "{\"filedOn\":\"2026-02-30\"}               | filedOn",
        "{\"amount\":\"12\"}                        | amount",
        "{\"amount\":true}                          | amount",
        "{\"nonLitigation\":\"yes\"}                | nonLitigation",
        "{\"applicants\":{}}                        | applicants",
        "{\"applicants\":[{\"kind\":\"ROBOT\"}]}    | applicants[0].kind",
        "{\"applicants\":[{\"nick\":\"x\"}]}        | applicants[0].nick",
        "{\"cause\":\"a\",\"cause\":\"b\"}          | ''",
        "{\"cause\":true}                           | cause",
        "{\"basis\":42}                             | basis",
        "{\"filingReference\":1.5}                  | filingReference",
        "[]                                         | ''"
    })
    void namesTheField(String body, String field) {
        Throwable failure = catchThrowable(() -> json.readValue(body, NewCase.class));
        assertThat(failure).isInstanceOf(JsonProcessingException.class);
        Violation v = ProblemMapper.violation((JsonProcessingException) failure);
        assertThat(v.field()).isEqualTo(field);
        // said in Chinese (enum choices are listed by their names)
        assertThat(v.message()).containsPattern("\\p{IsHan}");
    }
}
