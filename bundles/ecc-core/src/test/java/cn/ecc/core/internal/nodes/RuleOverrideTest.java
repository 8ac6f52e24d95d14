package cn.ecc.core.internal.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RuleOverrideTest {

    static List<Object[]> badConfigurations() {
        return List.of(
                new Object[] {Map.of("type", "payout"), "unknown node type 'payout'"},
                new Object[] {Map.of("length", 3), "'type' is missing"},
                new Object[] {Map.of("type", "pay-out", "unit", "WORKDAYS"), "'unit' must be one of HOURS"},
                new Object[] {Map.of("type", "pay-out", "length", "ten"), "'length' must be a whole number"},
                new Object[] {Map.of("type", "pay-out", "length", 0), "'length' must be between 1"},
                new Object[] {Map.of("type", "pay-out", "warnBefore", -1), "'warnBefore' must be between 0"},
                new Object[] {Map.of("type", "pay-out", "lenght", 10), "unknown property 'lenght'"},
                new Object[] {Map.of("type", "pay-out", "responsible", "boss"), "'responsible' must be 'handler'"},
                new Object[] {Map.of("type", "pay-out", "notify", "chief,mayor"), "unknown role 'mayor'"},
                new Object[] {Map.of("type", "case-term", "unit", "CALENDAR_DAYS"), "counted in MONTHS"});
    }

    @ParameterizedTest
    @MethodSource("badConfigurations")
    void aBadConfigurationIsRefusedSayingWhy(Map<String, Object> props, String message) {
        assertThatThrownBy(() -> new ConfiguredRule(props)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ecc.deadline.rule").hasMessageContaining(message);
    }

    @Test
    void whatIsLeftOutStaysAsShipped() {
        RuleOverride o = RuleOverride.parse(Map.of("service.pid", "ecc.deadline.rule~a", "type", "send-initial-documents",
                "length", "5", "felix.fileinstall.filename", "file:/etc/ecc.deadline.rule-a.cfg",
                "service.factoryPid", "ecc.deadline.rule", "notify", "chief, center-head"));
        var rule = o.apply(DefaultRules.RULES.get("send-initial-documents"));
        assertThat(rule.length()).isEqualTo(5);
        assertThat(rule.unit()).isEqualTo(DefaultRules.RULES.get("send-initial-documents").unit());
        assertThat(rule.responsible()).isEqualTo("clerk");
        assertThat(rule.notifyRoles()).containsExactly("chief", "center-head");
    }
}
