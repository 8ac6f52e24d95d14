package cn.ecc.intake.internal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RmbUpperTest {

    @ParameterizedTest
    @CsvSource({
        "0, 零元整",
        "0.50, 伍角",
        "0.05, 伍分",
        "10, 壹拾元整",
        "10.05, 壹拾元零伍分",
        "110, 壹佰壹拾元整",
        "1005, 壹仟零伍元整",
        "1050, 壹仟零伍拾元整",
        "1680.32, 壹仟陆佰捌拾元叁角贰分",
        "100000, 壹拾万元整",
        "100100, 壹拾万零壹佰元整",
        "120000.50, 壹拾贰万元伍角",
        "1000001, 壹佰万零壹元整",
        "20000000, 贰仟万元整",
        "100000000, 壹亿元整",
        "100010000, 壹亿零壹万元整",
        "1234567890123.45, 壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分"
    })
    void writesAmountsInCapitalNumerals(String amount, String expected) {
        assertThat(RmbUpper.of(new BigDecimal(amount))).isEqualTo(expected);
    }
}
