package cn.ecc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CasesTest {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Test
    void citizenIdsCarryTheirCheckDigitAndARealBirthDate() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 1_000; i++) {
            String id = Cases.citizenId(r);
            assertThat(id).matches("411330\\d{11}[\\dX]");
            int sum = 0;
            for (int k = 0; k < 17; k++) {
                sum += (id.charAt(k) - '0') * WEIGHTS[k];
            }
            assertThat(id.charAt(17)).isEqualTo(CHECK.charAt(sum % 11));
            java.time.LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        }
    }

    @Test
    void creditCodesHaveTheirForm() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 1_000; i++) {
            assertThat(Cases.creditCode(r)).matches("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
        }
    }

    @Test
    void aCaseIsTheSameForTheSameSeedAndNumber() {
        assertThat(new Cases(7, "t").get(42)).isEqualTo(new Cases(7, "t").get(42));
        assertThat(new Cases(7, "t").get(42)).isNotEqualTo(new Cases(7, "t").get(43));
    }

    @Test
    void theJsonIsWhatTheApiTakes() throws Exception {
        Cases.CaseData d = new Cases(7, "t").get(5);
        JsonNode n = Api.JSON.readTree(d.json());
        assertThat(n.get("type").asText()).isEqualTo("FIRST");
        assertThat(n.get("amount").decimalValue()).isEqualByComparingTo(d.amount());
        assertThat(n.get("amount").decimalValue().scale()).isLessThanOrEqualTo(2);
        assertThat(n.get("filingReference").asText()).isEqualTo("BENCH-t-5");
        assertThat(n.get("applicants")).hasSize(1);
        assertThat(n.get("respondents")).hasSize(1);
        assertThat(n.get("applicants").get(0).get("kind").asText()).isEqualTo("PERSON");
    }
}
