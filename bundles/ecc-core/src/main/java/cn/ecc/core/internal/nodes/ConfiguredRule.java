package cn.ecc.core.internal.nodes;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One court change of a rule (a configuration of factory PID {@code ecc.deadline.rule}). A configuration that
 * names an unknown type or holds a bad value fails to activate: the log says why, and {@code /api/health} names
 * it until it is fixed; the shipped rule stays in force meanwhile.
 */
@Component(service = ConfiguredRule.class, configurationPid = RuleOverride.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = RuleConfig.class, factory = true)
public class ConfiguredRule {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredRule.class);

    private final RuleOverride override;

    @Activate
    public ConfiguredRule(Map<String, Object> properties) {
        try {
            this.override = RuleOverride.parse(properties);
        } catch (IllegalArgumentException e) {
            LOG.error("Deadline rule not applied: {}", e.getMessage());
            throw e;
        }
    }

    RuleOverride override() {
        return override;
    }
}
