package cn.ecc.core.internal.approvals;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalState;
import cn.ecc.api.approvals.ApprovalStep;
import cn.ecc.api.approvals.ApprovalTopics;
import cn.ecc.api.approvals.ApprovalType;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.Decision;
import cn.ecc.api.approvals.NewApproval;
import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.common.Violation;
import cn.ecc.api.court.CourtService;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.api.time.EccClock;
import cn.ecc.api.nodes.CaseTerm;
import cn.ecc.api.nodes.CaseTermService;
import cn.ecc.core.internal.cases.CaseHandlers;
import cn.ecc.core.internal.nodes.CaseNodeHooks;
import cn.ecc.persistence.AfterCommit;
import cn.ecc.persistence.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import javax.transaction.TransactionSynchronizationRegistry;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The approval service of every area. A request copies the chain of its type from configuration PID
 * {@code ecc.approvals}; each step is decided by someone holding its role, never by the requester and never
 * by someone who decided an earlier step of the same approval (two signatures mean two people). Decisions
 * are final and audited; concurrent decisions of one step are settled by the approval's version (the loser
 * gets a conflict). Handler changes take effect inside the final decision's transaction; every final
 * decision is published after commit on {@link ApprovalTopics#DECIDED}.
 */
@Component(service = ApprovalService.class, configurationPid = "ecc.approvals")
@Designate(ocd = ApprovalsConfig.class)
public class JpaApprovalService implements ApprovalService {

    /** Types of which a case has at most one pending request: a second would contradict the first. */
    private static final Set<ApprovalType> ONE_AT_A_TIME = EnumSet.of(ApprovalType.HANDLER_CHANGE,
            ApprovalType.TERM_EXTENSION, ApprovalType.RESTRICTION_LISTING, ApprovalType.RESTRICTION_REMOVAL);
    static final int MAX_TERM_EXTENSION_DAYS = 365;

    private final Transactions tx;
    private final EccClock clock;
    private final AfterCommit events;
    private final AuditTrail audit;
    private final StaffDirectory staff;
    private final CourtService courts;
    private final CaseNodeHooks nodes;
    private volatile Map<ApprovalType, List<String>> chains;
    /** The deadline engine's case terms; an approved extension extends the term through it. */
    private volatile CaseTermService terms;
    private volatile DocumentService documents;

    @Activate
    public JpaApprovalService(@Reference(target = "(osgi.unit.name=ecc-core)") JpaTemplate jpa,
            @Reference EccClock clock, @Reference EventAdmin eventAdmin,
            @Reference TransactionSynchronizationRegistry registry, @Reference AuditTrail audit,
            @Reference StaffDirectory staff, @Reference CourtService courts, @Reference CaseNodeHooks nodes,
            ApprovalsConfig config) {
        this(new Transactions(jpa), clock, new AfterCommit(eventAdmin, registry), audit, staff, courts, nodes,
                chains(config));
    }

    public JpaApprovalService(Transactions tx, EccClock clock, AfterCommit events, AuditTrail audit, StaffDirectory staff,
            CourtService courts, CaseNodeHooks nodes, Map<ApprovalType, List<String>> chains) {
        this.tx = tx;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.staff = staff;
        this.courts = courts;
        this.nodes = nodes;
        this.chains = chains;
    }

    @Modified
    void modified(ApprovalsConfig config) {
        chains = chains(config);
    }

    /** The printable form needs the document service; approvals work without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindDocuments(DocumentService service) {
        documents = service;
    }

    void unbindDocuments(DocumentService service) {
        if (documents == service) {
            documents = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindTerms(CaseTermService service) {
        terms = service;
    }

    void unbindTerms(CaseTermService service) {
        if (terms == service) {
            terms = null;
        }
    }

    static Map<ApprovalType, List<String>> chains(ApprovalsConfig c) {
        Map<ApprovalType, List<String>> m = new HashMap<>();
        m.put(ApprovalType.DISBURSEMENT, chain(c.disbursement()));
        m.put(ApprovalType.DELAYED_DISBURSEMENT, chain(c.delayedDisbursement()));
        m.put(ApprovalType.HANDLER_CHANGE, chain(c.handlerChange()));
        m.put(ApprovalType.RESTRICTION_LISTING, chain(c.restrictionListing()));
        m.put(ApprovalType.RESTRICTION_REMOVAL, chain(c.restrictionRemoval()));
        m.put(ApprovalType.TERM_EXTENSION, chain(c.termExtension()));
        m.put(ApprovalType.AUCTION_HANDOVER, chain(c.auctionHandover()));
        m.put(ApprovalType.OUTGOING_ENTRUSTMENT, chain(c.outgoingEntrustment()));
        m.put(ApprovalType.JUDICIAL_AID, chain(c.judicialAid()));
        return m;
    }

    private static List<String> chain(String[] roles) {
        List<String> steps = Arrays.stream(roles == null ? new String[0] : roles).map(String::strip)
                .filter(r -> !r.isEmpty())
                .map(r -> String.join("|", Arrays.stream(r.split("\\|")).map(String::strip)
                        .filter(x -> !x.isEmpty()).toList()))
                .toList();
        if (steps.isEmpty()) {
            // an empty chain would approve by itself: refuse the configuration instead
            throw new IllegalArgumentException("ecc.approvals: every approval type needs at least one step");
        }
        return steps;
    }

    // ---------------------------------------------------------------- request

    @Override
    public ApprovalView request(NewApproval input, Actor actor) {
        actor.require(Permissions.APPROVAL_REQUEST);
        Map<String, String> details = check(input);
        List<String> chain = chains.get(input.type());
        Instant now = clock.now();
        return tx.required(em -> {
            String number = CaseHandlers.number(em, input.caseId());
            checkCase(em, input, details);
            if (ONE_AT_A_TIME.contains(input.type())) {
                List<Long> pending = em.createQuery("SELECT a.id FROM ApprovalEntity a WHERE a.caseId = :c"
                        + " AND a.type = :t AND a.state = :s", Long.class).setParameter("c", input.caseId())
                        .setParameter("t", input.type()).setParameter("s", ApprovalState.PENDING).getResultList();
                if (!pending.isEmpty()) {
                    throw new ConflictException("本案已有审批中的" + input.type().label() + "申请（审批编号 "
                            + pending.get(0) + "），请待其办结");
                }
            }
            ApprovalEntity a = new ApprovalEntity();
            a.type = input.type();
            a.caseId = input.caseId();
            a.caseNumber = number;
            a.requester = actor.username();
            a.reason = input.reason().strip();
            a.state = ApprovalState.PENDING;
            a.currentStep = 0;
            a.nextRole = chain.get(0);
            a.requestedAt = now;
            a.details.putAll(details);
            for (int i = 0; i < chain.size(); i++) {
                ApprovalStepEntity s = new ApprovalStepEntity();
                s.approval = a;
                s.stepIndex = i;
                s.role = chain.get(i);
                a.steps.add(s);
            }
            em.persist(a);
            em.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("type", a.type);
            after.put("reason", a.reason);
            after.put("details", new java.util.TreeMap<>(a.details));
            after.put("chain", chain);
            audit.record(new AuditEntry(actor.username(), "approval.request", "approval", a.id.toString(), a.caseId,
                    Map.of(), after));
            events.post(event(ApprovalTopics.REQUESTED, a));
            return view(a);
        });
    }

    private Map<String, String> check(NewApproval input) {
        if (input == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        List<Violation> v = new ArrayList<>();
        if (input.type() == null) {
            v.add(new Violation("type", "必须填写"));
        }
        if (input.caseId() == null) {
            v.add(new Violation("caseId", "必须填写"));
        }
        if (input.reason() == null || input.reason().isBlank()) {
            v.add(new Violation("reason", "必须填写申请理由"));
        } else if (input.reason().strip().length() > 1000) {
            v.add(new Violation("reason", "不超过 1000 字"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        if (input.details().size() > 20) {
            v.add(new Violation("details", "不超过 20 项"));
        }
        input.details().forEach((k, val) -> {
            if (k == null || k.isBlank() || k.length() > 64) {
                v.add(new Violation("details", "项目名须为 1–64 个字符"));
            } else if (val == null || val.length() > 500) {
                v.add(new Violation("details." + k, "须填写，不超过 500 字"));
            } else {
                details.put(k.strip(), val.strip());
            }
        });
        if (input.type() == ApprovalType.HANDLER_CHANGE) {
            String h = details.get(ApprovalTopics.NEW_HANDLER);
            if (h == null || h.isEmpty()) {
                v.add(new Violation("details." + ApprovalTopics.NEW_HANDLER, "须填写新承办人账号"));
            } else if (!isActiveJudge(h)) {
                v.add(new Violation("details." + ApprovalTopics.NEW_HANDLER, "须为在职的执行法官账号"));
            }
        }
        if (input.type() == ApprovalType.TERM_EXTENSION) {
            String d = details.get(ApprovalTopics.DAYS);
            int days = 0;
            try {
                days = d == null ? 0 : Integer.parseInt(d);
            } catch (NumberFormatException e) {
                days = 0;
            }
            if (days < 1 || days > MAX_TERM_EXTENSION_DAYS) {
                v.add(new Violation("details." + ApprovalTopics.DAYS, "延长天数须为 1–" + MAX_TERM_EXTENSION_DAYS
                        + " 的整数"));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return details;
    }

    private boolean isActiveJudge(String username) {
        return staff.find(username).filter(StaffMember::active).filter(m -> m.hasRole(Roles.JUDGE)).isPresent();
    }

    private static void checkCase(EntityManager em, NewApproval input, Map<String, String> details) {
        if (input.type() == ApprovalType.HANDLER_CHANGE) {
            String current = CaseHandlers.handler(em, input.caseId());
            if (current == null) {
                throw new ConflictException("案件尚未分案：首次指定承办人请直接分案，无须审批");
            }
            if (current.equals(details.get(ApprovalTopics.NEW_HANDLER))) {
                throw InvalidInputException.of("details." + ApprovalTopics.NEW_HANDLER, "新承办人与现承办人相同");
            }
        }
        if ((input.type() == ApprovalType.HANDLER_CHANGE || input.type() == ApprovalType.TERM_EXTENSION)
                && CaseHandlers.isClosed(em, input.caseId())) {
            throw new ConflictException("案件已结案，不能申请" + input.type().label());
        }
    }

    // ---------------------------------------------------------------- decide

    @Override
    public ApprovalView decide(long approvalId, Decision decision, String comment, Actor actor) {
        if (decision == null) {
            throw InvalidInputException.of("decision", "须为 APPROVE（同意）或 REJECT（不同意）");
        }
        if (comment != null && comment.strip().length() > 1000) {
            throw InvalidInputException.of("comment", "不超过 1000 字");
        }
        Instant now = clock.now();
        try {
            return tx.required(em -> {
                ApprovalEntity a = find(em, approvalId);
                if (a.state != ApprovalState.PENDING) {
                    throw new ConflictException("该审批已办结（" + a.state.label() + "），审批决定不可更改");
                }
                ApprovalStepEntity step = a.steps.get(a.currentStep);
                if (!holds(actor, step.role)) {
                    throw new AccessDeniedException("本环节须由" + roleLabels(step.role) + "审批");
                }
                if (actor.username().equals(a.requester)) {
                    throw new AccessDeniedException("不能审批本人提出的申请");
                }
                if (a.steps.stream().anyMatch(s -> actor.username().equals(s.decider))) {
                    throw new AccessDeniedException("同一审批的各环节须由不同人员审批");
                }
                Map<String, Object> before = Map.of("state", a.state, "currentStep", a.currentStep);
                step.decider = actor.username();
                step.decision = decision;
                step.comment = comment == null || comment.isBlank() ? null : comment.strip();
                step.decidedAt = now;
                boolean last = a.currentStep == a.steps.size() - 1;
                if (decision == Decision.REJECT || last) {
                    a.state = decision == Decision.REJECT ? ApprovalState.REJECTED : ApprovalState.APPROVED;
                    a.currentStep = -1;
                    a.nextRole = null;
                    a.decidedAt = now;
                } else {
                    a.currentStep++;
                    a.nextRole = a.steps.get(a.currentStep).role;
                }
                // the version check: of two concurrent deciders only the first one's update matches
                em.flush();
                if (a.state == ApprovalState.APPROVED) {
                    takeEffect(em, a, actor, now);
                }
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("step", step.stepIndex);
                after.put("role", step.role);
                after.put("decision", decision);
                after.put("comment", step.comment);
                after.put("state", a.state);
                after.put("currentStep", a.currentStep);
                audit.record(new AuditEntry(actor.username(), "approval.decide", "approval", a.id.toString(),
                        a.caseId, before, after));
                events.post(event(a.state == ApprovalState.PENDING ? ApprovalTopics.STEP_DECIDED
                        : ApprovalTopics.DECIDED, a));
                return view(a);
            });
        } catch (RuntimeException e) {
            if (Transactions.isOptimisticLockFailure(e)) {
                throw new ConflictException("该审批刚被他人处理，请刷新后查看");
            }
            throw e;
        }
    }

    /** What a final approval does to the case itself; areas act on {@link ApprovalTopics#DECIDED}. */
    private void takeEffect(EntityManager em, ApprovalEntity a, Actor actor, Instant now) {
        if (a.type == ApprovalType.HANDLER_CHANGE) {
            String handler = a.details.get(ApprovalTopics.NEW_HANDLER);
            if (!isActiveJudge(handler)) {
                throw new ConflictException("新承办人 " + handler + " 已不是在职的执行法官，请不同意本申请后重新申请");
            }
            CaseHandlers.Change change = CaseHandlers.change(em, a.caseId, handler, a.id, actor, now, nodes, audit);
            events.post(change.event(actor.username(), a.id));
        } else if (a.type == ApprovalType.TERM_EXTENSION) {
            extendTerm(a);
        }
    }

    /**
     * The approved extension of the case term (审限) by {@code details.days}, through the deadline engine, in
     * the final decision's transaction: the approval and the longer term commit together. Without the engine
     * (a core without deadlines) the decision still stands and {@link ApprovalTopics#DECIDED} carries it.
     */
    private void extendTerm(ApprovalEntity a) {
        CaseTermService t = terms;
        if (t == null) {
            return;
        }
        int days = Integer.parseInt(a.details.get(ApprovalTopics.DAYS));
        // the platform acts for the approval: no person holds case.term.extend
        CaseTerm term = t.extend(a.caseId, days, a.id, Actor.system());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("extensionDays", term.extensionDays());
        after.put("dueOn", term.dueOn());
        after.put("approvalId", a.id);
        audit.record(new AuditEntry(Actor.SYSTEM_USERNAME, "case.term.extend", "case", Long.toString(a.caseId),
                a.caseId, Map.of("extensionDays", term.extensionDays() - days), after));
    }

    static boolean holds(Actor actor, String roleSpec) {
        return Arrays.stream(roleSpec.split("\\|")).anyMatch(actor::hasRole);
    }

    static String roleLabels(String roleSpec) {
        return String.join("或", Arrays.stream(roleSpec.split("\\|")).map(Roles::label).toList());
    }

    // ---------------------------------------------------------------- read

    @Override
    public ApprovalView get(long approvalId, Actor actor) {
        return tx.read(em -> {
            ApprovalEntity a = find(em, approvalId);
            requireVisible(a, actor);
            return view(a);
        });
    }

    private static void requireVisible(ApprovalEntity a, Actor actor) {
        boolean visible = actor.can(Permissions.APPROVAL_READ) || actor.username().equals(a.requester)
                || a.steps.stream().anyMatch(s -> holds(actor, s.role) || actor.username().equals(s.decider));
        if (!visible) {
            throw new AccessDeniedException("无权查看该审批");
        }
    }

    @Override
    public Page<ApprovalView> search(ApprovalState state, ApprovalType type, Long caseId, boolean pendingForMe,
            PageRequest page, Actor actor) {
        PageRequest p = page == null ? PageRequest.first() : page;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        ApprovalState s = pendingForMe ? ApprovalState.PENDING : state;
        if (s != null) {
            where.append(" AND a.state = :state");
            params.put("state", s);
        }
        if (type != null) {
            where.append(" AND a.type = :type");
            params.put("type", type);
        }
        if (caseId != null) {
            where.append(" AND a.caseId = :caseId");
            params.put("caseId", caseId);
        }
        if (pendingForMe) {
            // few approvals are pending at a time: match the open step's roles here rather than in SQL
            return tx.read(em -> {
                TypedQuery<ApprovalEntity> q = em.createQuery("SELECT a FROM ApprovalEntity a" + where
                        + " ORDER BY a.requestedAt, a.id", ApprovalEntity.class);
                params.forEach(q::setParameter);
                List<ApprovalEntity> mine = q.getResultList().stream().filter(a -> holds(actor, a.nextRole)
                        && !actor.username().equals(a.requester)
                        && a.steps.stream().noneMatch(st -> actor.username().equals(st.decider))).toList();
                List<ApprovalView> items = mine.stream().skip(p.offset()).limit(p.limit())
                        .map(JpaApprovalService::view).toList();
                return new Page<>(items, mine.size(), p.limit(), p.offset());
            });
        }
        if (!actor.can(Permissions.APPROVAL_READ)) {
            where.append(" AND (a.requester = :me OR EXISTS (SELECT st.id FROM ApprovalStepEntity st"
                    + " WHERE st.approval = a AND st.decider = :me))");
            params.put("me", actor.username());
        }
        return tx.read(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM ApprovalEntity a" + where, Long.class);
            TypedQuery<ApprovalEntity> rows = em.createQuery("SELECT a FROM ApprovalEntity a" + where
                    + " ORDER BY a.requestedAt DESC, a.id DESC", ApprovalEntity.class);
            params.forEach((k, v) -> {
                count.setParameter(k, v);
                rows.setParameter(k, v);
            });
            long total = count.getSingleResult();
            List<ApprovalView> items = rows.setFirstResult(p.offset()).setMaxResults(p.limit()).getResultList()
                    .stream().map(JpaApprovalService::view).toList();
            return new Page<>(items, total, p.limit(), p.offset());
        });
    }

    @Override
    public byte[] form(long approvalId, Actor actor) {
        ApprovalView a = get(approvalId, actor);
        DocumentService docs = documents;
        if (docs == null) {
            throw new ConflictException("打印审批单需要文档服务（功能 ecc-docs），本系统尚未安装");
        }
        return docs.pdf(List.of(ApprovalForm.of(a, courts.court(), staff, clock.zone(), clock.now())));
    }

    // ---------------------------------------------------------------- helpers

    private static ApprovalEntity find(EntityManager em, long id) {
        ApprovalEntity a = em.find(ApprovalEntity.class, id);
        if (a == null) {
            throw new NotFoundException("审批不存在（编号 " + id + "）");
        }
        return a;
    }

    static ApprovalView view(ApprovalEntity a) {
        List<ApprovalStep> steps = a.steps.stream().map(s -> new ApprovalStep(s.stepIndex, s.role, s.decider,
                s.decision, s.comment, s.decidedAt)).toList();
        return new ApprovalView(a.id, a.type, a.caseId, a.caseNumber, a.requester, a.reason, a.details, a.state,
                steps, a.currentStep, a.requestedAt, a.decidedAt, a.version);
    }

    private static Event event(String topic, ApprovalEntity a) {
        Map<String, Object> p = new HashMap<>();
        p.put(ApprovalTopics.APPROVAL_ID, a.id);
        p.put(ApprovalTopics.TYPE, a.type.name());
        p.put(ApprovalTopics.STATE, a.state.name());
        p.put("case.id", a.caseId);
        p.put("case.number", a.caseNumber);
        if (a.nextRole != null) {
            p.put(ApprovalTopics.NEXT_ROLE, a.nextRole);
        }
        a.details.forEach((k, v) -> p.put(ApprovalTopics.DETAIL_PREFIX + k, v));
        return new Event(topic, p);
    }
}
