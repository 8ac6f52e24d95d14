package cn.ecc.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @ParameterizedTest
    @CsvSource({
        "(2026)豫1330执123号, 2026, 豫1330, FIRST, 123",
        "（2026）豫1330执恢7号, 2026, 豫1330, RESUMED, 7",
        "(2025)豫13执监1号, 2025, 豫13, SUPERVISION, 1",
        "(2026)豫1330执他15号, 2026, 豫1330, OTHER, 15"
    })
    void readsCaseNumbers(String text, int year, String court, CaseType type, int seq) {
        CaseNumber n = CaseNumber.parse(text).orElseThrow();
        assertThat(n).isEqualTo(new CaseNumber(year, court, type, seq));
        assertThat(CaseNumber.parse(n.toString())).contains(n);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026豫1330执123号", "(2026)豫1330民初123号", "(2026)豫1330执号", "(26)豫1330执1号",
        "(2026)豫1330执乙1号"})
    void refusesWhatIsNotACaseNumber(String text) {
        assertThat(CaseNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X, true", "110105194912310021, false", "411330199002301234, false",
        "110105491231002, true", "abc, false"})
    void checksCitizenIds(String id, boolean valid) {
        assertThat(IdNumbers.isCitizenId(id)).isEqualTo(valid);
    }
}
