package cn.ecc.core.internal.nodes;

import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.nodes.NodeRule;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.security.Roles;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A court's change of one shipped rule, read from a configuration of factory PID {@code ecc.deadline.rule}.
 * Only what the configuration sets changes; the rest stays as shipped.
 */
record RuleOverride(String pid, String type, String label, Integer length, DeadlineUnit unit, Integer warnBefore,
        DeadlineUnit warnUnit, String responsible, List<String> notifyRoles) {

    static final String PID = "ecc.deadline.rule";
    private static final Set<String> KEYS = Set.of("type", "label", "length", "unit", "warnBefore", "warnUnit",
            "responsible", "notify");
    /** Properties Config Admin, SCR and File Install add on their own. */
    private static final List<String> FRAMEWORK_PREFIXES = List.of("service.", "component.", "felix.", "osgi.", ".");
    private static final int MAX_LENGTH = 10_000;

    /**
     * Reads and checks a configuration.
     *
     * @throws IllegalArgumentException naming the configuration and what is wrong with it
     */
    static RuleOverride parse(Map<String, ?> props) {
        Object configured = props.get("service.pid");
        String pid = configured == null ? PID : configured.toString();
        List<String> problems = new ArrayList<>();
        for (String key : props.keySet()) {
            if (!KEYS.contains(key) && FRAMEWORK_PREFIXES.stream().noneMatch(key::startsWith)) {
                problems.add("unknown property '" + key + "' (known: " + String.join(", ", sorted(KEYS)) + ")");
            }
        }
        String type = text(props.get("type"));
        if (type == null) {
            problems.add("'type' is missing (one of: " + String.join(", ", DefaultRules.RULES.keySet()) + ")");
        } else if (!DefaultRules.RULES.containsKey(type)) {
            problems.add("unknown node type '" + type + "' (one of: " + String.join(", ", DefaultRules.RULES.keySet())
                    + ")");
        }
        Integer length = number("length", props.get("length"), 1, problems);
        DeadlineUnit unit = unit("unit", props.get("unit"), problems);
        boolean term = NodeTypes.CASE_TERM.equals(type) || NodeRule.CASE_TERM_NON_LITIGATION.equals(type);
        if (term && unit != null && unit != DeadlineUnit.MONTHS) {
            problems.add("the case term is counted in MONTHS (审限以月计), 'unit' was " + unit);
        }
        Integer warnBefore = number("warnBefore", props.get("warnBefore"), 0, problems);
        DeadlineUnit warnUnit = unit("warnUnit", props.get("warnUnit"), problems);
        String responsible = text(props.get("responsible"));
        if (responsible != null && !NodeRule.HANDLER.equals(responsible) && !Roles.ALL.contains(responsible)) {
            problems.add("'responsible' must be 'handler' or a role (" + String.join(", ", Roles.ALL) + "), was '"
                    + responsible + "'");
        }
        List<String> notify = list(props.get("notify"));
        if (notify != null) {
            for (String role : notify) {
                if (!Roles.ALL.contains(role)) {
                    problems.add("'notify' names unknown role '" + role + "' (roles: " + String.join(", ", Roles.ALL)
                            + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(PID + " configuration " + pid + ": " + String.join("; ", problems));
        }
        return new RuleOverride(pid, type, text(props.get("label")), length, unit, warnBefore, warnUnit, responsible,
                notify);
    }

    /** The shipped rule with this configuration applied. */
    NodeRule apply(NodeRule base) {
        return new NodeRule(base.type(), label == null ? base.label() : label,
                length == null ? base.length() : length, unit == null ? base.unit() : unit,
                warnBefore == null ? base.warnBefore() : warnBefore, warnUnit == null ? base.warnUnit() : warnUnit,
                responsible == null ? base.responsible() : responsible, notifyRoles == null ? base.notifyRoles() : notifyRoles,
                base.source(), pid);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).strip();
        return s.isEmpty() ? null : s;
    }

    private static Integer number(String key, Object value, int min, List<String> problems) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        long n;
        if (value instanceof Number number && (value instanceof Integer || value instanceof Long
                || value instanceof Short)) {
            n = number.longValue();
        } else {
            try {
                n = Long.parseLong(String.valueOf(value).strip());
            } catch (NumberFormatException e) {
                problems.add("'" + key + "' must be a whole number, was '" + value + "'");
                return null;
            }
        }
        if (n < min || n > MAX_LENGTH) {
            problems.add("'" + key + "' must be between " + min + " and " + MAX_LENGTH + ", was " + n);
            return null;
        }
        return (int) n;
    }

    private static DeadlineUnit unit(String key, Object value, List<String> problems) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            return DeadlineUnit.valueOf(s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("'" + key + "' must be one of " + Arrays.stream(DeadlineUnit.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", was '" + s + "'");
            return null;
        }
    }

    /** A list from a String[], a collection, or one comma-separated text (as a .cfg file gives it). */
    private static List<String> list(Object value) {
        if (value == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(String.valueOf(Array.get(value, i)));
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> items.add(String.valueOf(v)));
        } else {
            items.addAll(Arrays.asList(String.valueOf(value).split(",")));
        }
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
