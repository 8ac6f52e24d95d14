package cn.ecc.core.internal.nodes;

import cn.ecc.api.nodes.NodeRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force: the shipped defaults, each changed by the court's configuration of its type, if any.
 * Configurations come and go at run time; nodes opened afterwards follow the new rule.
 */
@Component(service = RuleBook.class)
public class RuleBook {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

    private final Map<String, RuleOverride> byPid = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(ConfiguredRule rule) {
        add(rule.override());
    }

    void removeRule(ConfiguredRule rule) {
        byPid.remove(rule.override().pid());
    }

    void add(RuleOverride override) {
        byPid.put(override.pid(), override);
        List<String> same = byPid.values().stream().filter(o -> o.type().equals(override.type()))
                .map(RuleOverride::pid).sorted().toList();
        if (same.size() > 1) {
            LOG.warn("Several configurations change rule {}: {}; the first applies", override.type(), same);
        }
    }

    /** The rule of a type, if the type has one. */
    Optional<NodeRule> rule(String type) {
        NodeRule base = DefaultRules.RULES.get(type);
        if (base == null) {
            return Optional.empty();
        }
        return Optional.of(byPid.values().stream().filter(o -> o.type().equals(type))
                .min(Comparator.comparing(RuleOverride::pid)).map(o -> o.apply(base)).orElse(base));
    }

    NodeRule require(String type) {
        return rule(type).orElseThrow(() -> new IllegalStateException("no rule for node type " + type));
    }

    List<NodeRule> all() {
        List<NodeRule> rules = new ArrayList<>();
        DefaultRules.RULES.keySet().forEach(t -> rules.add(require(t)));
        return rules;
    }
}
