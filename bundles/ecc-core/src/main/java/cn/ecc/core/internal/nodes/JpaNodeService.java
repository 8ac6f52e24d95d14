package cn.ecc.core.internal.nodes;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalState;
import cn.ecc.api.approvals.ApprovalType;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.calendar.WorkCalendar;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.nodes.CaseTerm;
import cn.ecc.api.nodes.CaseTermService;
import cn.ecc.api.nodes.NewNode;
import cn.ecc.api.nodes.NodeQuery;
import cn.ecc.api.nodes.NodeRule;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.nodes.TermPauseReason;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.time.EccClock;
import cn.ecc.core.internal.cases.CaseEntity;
import cn.ecc.persistence.JpqlPage;
import cn.ecc.persistence.Transactions;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Case nodes and case terms in the core's persistence unit. Every write joins the caller's transaction, so a node
 * commits (or rolls back) with the change that caused it.
 */
@Component(service = {NodeService.class, CaseTermService.class, CaseNodeHooks.class},
        configurationPid = "ecc.deadlines")
public class JpaNodeService implements NodeService, CaseTermService, CaseNodeHooks {

    static final int MAX_EXTENSION_DAYS = 366;

    private final Transactions tx;
    private final EccClock clock;
    private final NodeBook nodes;
    private final TermBook terms;

    /**
     * Checks that an extension was approved, where the approval service is installed. Held as service objects and
     * asked for the service only when an extension is checked: the approval service needs this one to be built,
     * and a plain reference made SCR build it while building this one, which failed the approval service for
     * good whenever this one happened to be built first (a circular reference, depending on start order).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ComponentServiceObjects<ApprovalService> approvals;

    @Activate
    public JpaNodeService(@Reference(target = "(osgi.unit.name=ecc-core)") JpaTemplate jpa,
            @Reference WorkCalendar calendar, @Reference RuleBook rules,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) EccClock clock, DeadlinesConfig config) {
        this(new Transactions(jpa), calendar, rules, clock, config.defaultWarnDays());
    }

    JpaNodeService(Transactions tx, WorkCalendar calendar, RuleBook rules, EccClock clock, int defaultWarnDays) {
        this.tx = tx;
        this.clock = clock;
        this.nodes = new NodeBook(calendar, rules, defaultWarnDays);
        this.terms = new TermBook(nodes);
    }

    @Modified
    void modified(DeadlinesConfig config) {
        nodes.defaultWarnDays(config.defaultWarnDays());
    }

    // ---- hooks of the case service

    @Override
    public void caseFiled(long caseId, Actor actor) {
        tx.required(em -> {
            CaseEntity c = findCase(em, caseId);
            LocalDateTime now = clock.localNow();
            // a case filed today counts from now; one filed with an earlier date from the start of that day
            LocalDateTime filed = c.getFiledOn().equals(now.toLocalDate()) ? now : c.getFiledOn().atStartOfDay();
            // Written together, not one by one: each write inside the filing's transaction holds up every other
            // filing, which waits for the year's counter row. EclipseLink does not promise to insert the nodes of
            // one flush in the order they were persisted, so a node whose deadline ties with an unwritten one waits
            // for the next flush: ties of deadline sort by id, in the order the nodes were opened.
            Set<LocalDateTime> unwritten = new HashSet<>();
            Consumer<NodeEntity> write = n -> {
                if (!unwritten.add(n.dueAt)) {
                    em.flush();
                    unwritten.clear();
                    unwritten.add(n.dueAt);
                }
                em.persist(n);
            };
            for (String type : DefaultRules.ON_FILING) {
                NodeRule rule = nodes.rules().require(type);
                // hours count from the file's arrival here (regulation item 3: 72 小时内完成总对总查控)
                LocalDateTime from = rule.unit().dayBased() ? filed : now;
                NodeEntity n = nodes.build(c, type, null, from, null, null, actor.username(), now);
                if (NodeTypes.ASSIGN_HANDLER.equals(type) && c.getHandler() != null) {
                    NodeBook.complete(n, "立案时已确定承办人 " + c.getHandler(), actor.username(), now);
                }
                write.accept(n);
            }
            terms.start(em, c, actor.username(), now, write);
            return null;
        });
    }

    @Override
    public void handlerAssigned(long caseId, String handler, Actor actor) {
        tx.required(em -> {
            LocalDateTime now = clock.localNow();
            for (NodeEntity n : openNodes(em, caseId)) {
                if (NodeTypes.ASSIGN_HANDLER.equals(n.type)) {
                    NodeBook.complete(n, "已分案，承办人 " + handler, actor.username(), now);
                } else if (n.handlerNode && n.responsible == null) {
                    n.responsible = handler;
                }
            }
            em.flush();
            return null;
        });
    }

    @Override
    public void handlerChanged(long caseId, String previous, String handler, Actor actor) {
        tx.required(em -> {
            for (NodeEntity n : openNodes(em, caseId)) {
                if (n.responsible == null ? n.handlerNode : n.responsible.equals(previous)) {
                    n.responsible = handler;
                }
            }
            em.flush();
            return null;
        });
    }

    private static List<NodeEntity> openNodes(EntityManager em, long caseId) {
        return em.createQuery("SELECT n FROM NodeEntity n WHERE n.caseId = :c AND n.done = false"
                + " ORDER BY n.dueAt, n.id", NodeEntity.class).setParameter("c", caseId).getResultList();
    }

    // ---- NodeService

    @Override
    public List<NodeView> nodesOf(long caseId, Actor actor) {
        actor.require(Permissions.NODE_READ);
        return tx.read(em -> {
            findCase(em, caseId);
            LocalDateTime now = clock.localNow();
            return em.createQuery("SELECT n FROM NodeEntity n WHERE n.caseId = :c"
                    + " ORDER BY n.done, n.dueAt, n.completedAt, n.id", NodeEntity.class)
                    .setParameter("c", caseId).getResultList().stream().map(n -> NodeBook.view(n, now)).toList();
        });
    }

    @Override
    public NodeView open(long caseId, String type, LocalDateTime from, String responsible, Actor actor) {
        return open(new NewNode(caseId, type, null, from, null, responsible), actor);
    }

    @Override
    public NodeView open(NewNode node, Actor actor) {
        actor.require(Permissions.NODE_OPEN);
        if (node == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        return tx.required(em -> {
            CaseEntity c = findCase(em, node.caseId());
            LocalDateTime now = clock.localNow();
            NodeEntity n = nodes.open(em, c, node.type(), node.label(), node.from(), node.due(), node.responsible(),
                    actor.username(), now);
            return NodeBook.view(n, now);
        });
    }

    @Override
    public NodeView complete(long caseId, long nodeId, String note, Actor actor) {
        actor.require(Permissions.NODE_COMPLETE);
        NodeBook.checkNote(note);
        try {
            return tx.required(em -> {
                NodeEntity n = em.find(NodeEntity.class, nodeId);
                if (n == null || n.caseId != caseId) {
                    throw new NotFoundException("案件 " + caseId + " 没有编号为 " + nodeId + " 的节点");
                }
                LocalDateTime now = clock.localNow();
                if (!n.done) {
                    NodeBook.complete(n, note, actor.username(), now);
                    em.flush();
                }
                return NodeBook.view(n, now);
            });
        } catch (RuntimeException e) {
            if (Transactions.isOptimisticLockFailure(e)) {
                // completed (or rescheduled) at the same moment by someone else: answer it as it is now
                return tx.read(em -> NodeBook.view(em.find(NodeEntity.class, nodeId), clock.localNow()));
            }
            throw e;
        }
    }

    @Override
    public Optional<NodeView> completeOpen(long caseId, String type, String note, Actor actor) {
        actor.require(Permissions.NODE_COMPLETE);
        NodeBook.checkNote(note);
        return tx.required(em -> {
            findCase(em, caseId);
            LocalDateTime now = clock.localNow();
            Optional<NodeEntity> open = openNodes(em, caseId).stream().filter(n -> n.type.equals(type)).findFirst();
            open.ifPresent(n -> {
                NodeBook.complete(n, note, actor.username(), now);
                em.flush();
            });
            return open.map(n -> NodeBook.view(n, now));
        });
    }

    @Override
    public Page<NodeView> search(NodeQuery q, Actor actor) {
        actor.require(Permissions.NODE_READ);
        NodeQuery query = q == null ? new NodeQuery(null, null, null, null, null, null) : q;
        LocalDateTime now = clock.localNow();
        if (OpenNodeSearch.covers(query)) {
            OpenNodeSearch.Statements open = OpenNodeSearch.of(query, now);
            return tx.read(em -> {
                long total = OpenNodeSearch.count(em, open);
                List<NodeView> items = OpenNodeSearch.page(em, open, query.page(), total).stream()
                        .map(n -> NodeBook.view(n, now)).toList();
                return new Page<>(items, total, query.page().limit(), query.page().offset());
            });
        }
        // completed nodes, newest first
        StringBuilder where = new StringBuilder(" WHERE n.done = true");
        Map<String, Object> params = new HashMap<>();
        if (query.responsible() != null && !query.responsible().isBlank()) {
            where.append(" AND n.responsible = :responsible");
            params.put("responsible", query.responsible().strip());
        }
        if (query.type() != null && !query.type().isBlank()) {
            where.append(" AND n.type = :type");
            params.put("type", query.type().strip());
        }
        if (query.caseId() != null) {
            where.append(" AND n.caseId = :caseId");
            params.put("caseId", query.caseId());
        }
        if (query.dueBefore() != null) {
            where.append(" AND n.dueAt < :dueBefore");
            params.put("dueBefore", query.dueBefore().plusDays(1).atStartOfDay());
        }
        PageRequest page = query.page();
        return tx.read(em -> {
            JpqlPage<NodeEntity> found = JpqlPage.of(em, NodeEntity.class, "NodeEntity n", where.toString(),
                    "n.completedAt DESC, n.id DESC", params, page.offset(), page.limit());
            return new Page<>(found.rows().stream().map(n -> NodeBook.view(n, now)).toList(), found.total(),
                    page.limit(), page.offset());
        });
    }

    @Override
    public List<NodeRule> rules(Actor actor) {
        actor.require(Permissions.NODE_READ);
        return nodes.rules().all();
    }

    // ---- CaseTermService

    @Override
    public CaseTerm term(long caseId, Actor actor) {
        actor.require(Permissions.NODE_READ);
        return tx.read(em -> terms.view(em, findTerm(em, caseId, false)));
    }

    @Override
    public CaseTerm suspend(long caseId, TermPauseReason reason, Actor actor) {
        actor.require(Permissions.CASE_TERM_PAUSE);
        if (reason == null) {
            throw InvalidInputException.of("reason", "必须填写，可选：SUSPENSION, ANNOUNCEMENT, APPRAISAL, AUCTION, SALE");
        }
        return tx.required(em -> {
            CaseTermEntity t = findTerm(em, caseId, true);
            if (t.pausedSince != null) {
                throw new ConflictException("审限已因" + t.pauseReason.label() + "自 " + t.pausedSince.toLocalDate()
                        + " 起暂停计算");
            }
            terms.pause(em, t, reason, actor.username(), clock.localNow());
            em.flush();
            return terms.view(em, t);
        });
    }

    @Override
    public CaseTerm resume(long caseId, Actor actor) {
        actor.require(Permissions.CASE_TERM_PAUSE);
        return tx.required(em -> {
            CaseTermEntity t = findTerm(em, caseId, true);
            if (t.pausedSince == null) {
                throw new ConflictException("审限正在计算，没有暂停");
            }
            terms.resume(em, t, actor.username(), clock.localNow());
            em.flush();
            return terms.view(em, t);
        });
    }

    @Override
    public CaseTerm extend(long caseId, int days, long approvalId, Actor actor) {
        actor.require(Permissions.CASE_TERM_EXTEND);
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw InvalidInputException.of("days", "延长天数应在 1 到 " + MAX_EXTENSION_DAYS + " 之间");
        }
        checkApproval(caseId, days, approvalId);
        return tx.requiredUnique(em -> {
            CaseTermEntity t = findTerm(em, caseId, true);
            List<TermEventEntity> earlier = em.createQuery(
                    "SELECT e FROM TermEventEntity e WHERE e.approvalId = :a", TermEventEntity.class)
                    .setParameter("a", approvalId).getResultList();
            if (!earlier.isEmpty()) {
                if (earlier.get(0).caseId != caseId) {
                    throw new ConflictException("审批 " + approvalId + " 已用于延长另一案件的审限");
                }
                // the same approval delivered again: it extended the term once already
                return terms.view(em, t);
            }
            terms.extend(em, t, days, approvalId, actor.username(), clock.localNow());
            em.flush();
            return terms.view(em, t);
        }, () -> new ConflictException("审批 " + approvalId + " 已用于延长审限"));
    }

    /** Where the approval service is installed, the extension must be its approved decision on this case. */
    private void checkApproval(long caseId, int days, long approvalId) {
        ComponentServiceObjects<ApprovalService> objects = approvals;
        ApprovalService service = objects == null ? null : objects.getService();
        if (service == null) {
            return;
        }
        ApprovalView a;
        try {
            a = service.get(approvalId, Actor.system());
        } catch (NotFoundException e) {
            throw new ConflictException("审批 " + approvalId + " 不存在，不能延长审限");
        } finally {
            objects.ungetService(service);
        }
        if (a.type() != ApprovalType.TERM_EXTENSION || a.state() != ApprovalState.APPROVED || a.caseId() != caseId) {
            throw new ConflictException("审批 " + approvalId + " 不是本案已批准的审限延长（" + a.type().label() + "，"
                    + a.state().label() + "）");
        }
        String granted = a.details().get("days");
        if (granted != null && !granted.strip().equals(Integer.toString(days))) {
            throw new ConflictException("审批 " + approvalId + " 批准延长 " + granted.strip() + " 日，不是 " + days + " 日");
        }
    }

    private static CaseEntity findCase(EntityManager em, long caseId) {
        CaseEntity c = em.find(CaseEntity.class, caseId);
        if (c == null) {
            throw new NotFoundException("案件不存在（编号 " + caseId + "）");
        }
        return c;
    }

    private static CaseTermEntity findTerm(EntityManager em, long caseId, boolean lock) {
        CaseTermEntity t = lock ? em.find(CaseTermEntity.class, caseId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CaseTermEntity.class, caseId);
        if (t == null) {
            findCase(em, caseId);
            throw new NotFoundException("案件 " + caseId + " 没有审限记录");
        }
        return t;
    }
}
