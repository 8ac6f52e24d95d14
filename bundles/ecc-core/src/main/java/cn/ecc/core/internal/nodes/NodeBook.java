package cn.ecc.core.internal.nodes;

import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.calendar.DueDate;
import cn.ecc.api.calendar.WorkCalendar;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import cn.ecc.api.nodes.NodeRule;
import cn.ecc.api.nodes.NodeState;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.security.Roles;
import cn.ecc.core.internal.calendar.HolidayCalendar;
import cn.ecc.core.internal.cases.CaseEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;

/** Opening nodes and computing their deadlines and warning times, inside the caller's transaction. */
final class NodeBook {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final WorkCalendar calendar;
    private final RuleBook rules;
    private volatile int defaultWarnDays;

    NodeBook(WorkCalendar calendar, RuleBook rules, int defaultWarnDays) {
        this.calendar = calendar;
        this.rules = rules;
        this.defaultWarnDays = defaultWarnDays;
    }

    void defaultWarnDays(int days) {
        this.defaultWarnDays = days;
    }

    WorkCalendar calendar() {
        return calendar;
    }

    RuleBook rules() {
        return rules;
    }

    /** When a deadline falls and from when it is due soon. */
    record Deadline(LocalDateTime dueAt, LocalDateTime warnAt) {
    }

    /** The deadline by a rule. */
    Deadline deadline(NodeRule rule, LocalDateTime from) {
        DueDate due = calendar.due(from, rule.length(), rule.unit());
        return new Deadline(due.dueAt(), warnAt(from, due.dueAt(), rule.warnBefore(), rule.warnUnit()));
    }

    /**
     * From when a node is due soon: {@code before} units before its deadline ("3 日前提醒" is from the start of
     * the third day before the due day), never before it started.
     */
    LocalDateTime warnAt(LocalDateTime from, LocalDateTime dueAt, int before, DeadlineUnit unit) {
        LocalDate dueDate = dueAt.toLocalDate();
        LocalDateTime warn = switch (unit) {
            case HOURS -> dueAt.minusHours(before);
            case CALENDAR_DAYS -> dueDate.minusDays(before).atStartOfDay();
            case MONTHS -> dueDate.minusMonths(before).atStartOfDay();
            case WORKING_DAYS -> {
                LocalDate d = dueDate;
                for (int counted = 0; counted < before;) {
                    d = d.minusDays(1);
                    if (calendar.isWorkingDay(d)) {
                        counted++;
                    }
                }
                yield d.atStartOfDay();
            }
        };
        if (from != null && warn.isBefore(from)) {
            warn = from;
        }
        return warn.isAfter(dueAt) ? dueAt : warn;
    }

    /**
     * Opens a node on a case and writes it, so that its id is known and follows the ids of the nodes opened before
     * it (ties of deadline sort by id).
     *
     * @param due         the deadline the event sets, or null for the rule's
     * @param responsible a username, or null for the rule's default
     */
    NodeEntity open(EntityManager em, CaseEntity c, String type, String label, LocalDateTime from,
            LocalDateTime due, String responsible, String actor, LocalDateTime now) {
        NodeEntity n = build(c, type, label, from, due, responsible, actor, now);
        em.persist(n);
        em.flush();
        return n;
    }

    /** A node on a case as {@link #open} opens it, not yet persisted: for callers that write several at once. */
    NodeEntity build(CaseEntity c, String type, String label, LocalDateTime from, LocalDateTime due,
            String responsible, String actor, LocalDateTime now) {
        NodeRule rule = rules.rule(type).orElse(null);
        List<Violation> violations = new ArrayList<>();
        if (type == null || type.isBlank() || type.length() > 64) {
            violations.add(new Violation("type", "必须填写，最长 64 个字符"));
        } else if (rule == null && (due == null || label == null || label.isBlank())) {
            violations.add(new Violation("type", "没有该类型节点的期限规则；自定义节点须给出 label 与 due"));
        }
        if (label != null && label.strip().length() > 100) {
            violations.add(new Violation("label", "最长 100 个字符"));
        }
        if (due != null && from != null && due.isBefore(from)) {
            violations.add(new Violation("due", "期限不能早于起算时间"));
        }
        if (responsible != null && !responsible.isBlank() && !USERNAME.matcher(responsible.strip()).matches()) {
            violations.add(new Violation("responsible", "应为工作人员账号"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LocalDateTime start = from == null ? now : from;
        NodeEntity n = new NodeEntity();
        n.caseId = c.getId();
        n.caseNumber = c.getNumber();
        n.type = type.strip();
        n.label = label != null && !label.isBlank() ? label.strip() : rule.label();
        n.startedAt = start;
        if (due == null) {
            Deadline d = deadline(rule, start);
            n.dueAt = d.dueAt();
            n.warnAt = d.warnAt();
        } else {
            n.dueAt = due;
            n.warnAt = rule == null ? warnAt(start, due, defaultWarnDays, DeadlineUnit.CALENDAR_DAYS)
                    : warnAt(start, due, rule.warnBefore(), rule.warnUnit());
        }
        String named = responsible == null || responsible.isBlank() ? null : responsible.strip();
        boolean handlerRule = rule == null || rule.handlerResponsible();
        n.role = handlerRule ? Roles.JUDGE : rule.responsible();
        n.handlerNode = named == null && handlerRule;
        n.responsible = named != null ? named : n.handlerNode ? c.getHandler() : null;
        n.notifyRoles = String.join(",", rule == null ? List.of(Roles.CHIEF) : rule.notifyRoles());
        n.done = false;
        n.marked = NodeState.OPEN;
        n.createdAt = now;
        n.createdBy = actor;
        return n;
    }

    /** Completes a node now. */
    static void complete(NodeEntity n, String note, String actor, LocalDateTime now) {
        n.done = true;
        n.marked = NodeState.DONE;
        n.completedAt = now;
        n.completedBy = actor;
        n.note = note == null || note.isBlank() ? null : note.strip();
    }

    static void checkNote(String note) {
        if (note != null && note.strip().length() > 500) {
            throw InvalidInputException.of("note", "最长 500 个字符");
        }
    }

    static NodeView view(NodeEntity n, LocalDateTime now) {
        return new NodeView(n.id, n.caseId, n.caseNumber, n.type, n.label, n.startedAt, n.dueAt, n.warnAt,
                n.responsible, n.role, n.state(now), n.completedAt, n.completedBy, n.note);
    }

    /** The end of a day-based deadline's last day. */
    static LocalDateTime endOf(LocalDate day) {
        return day.atTime(HolidayCalendar.END_OF_DAY);
    }
}
