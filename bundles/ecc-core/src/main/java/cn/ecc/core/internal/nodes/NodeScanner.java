package cn.ecc.core.internal.nodes;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.nodes.NodeState;
import cn.ecc.api.nodes.NodeWarning;
import cn.ecc.api.nodes.NodeWarningService;
import cn.ecc.api.nodes.ScanResult;
import cn.ecc.api.notices.NewNotice;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.api.time.EccClock;
import cn.ecc.persistence.Transactions;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warning scan and the node-warning ledger.
 *
 * <p>A scan takes the database lease {@value #LOCK} (so that several instances on one database scan one at a
 * time), then, in transactions of at most {@code scanBatchSize} nodes, moves each node that crossed a line since
 * the last scan: its warning period began (due soon) or its deadline passed (overdue). Each move is a conditional
 * update, so a node completed meanwhile is left alone; each warning is a row unique per node, state and deadline,
 * and each notice a row unique per recipient and key, so that nothing is warned twice even if a check is raced.
 */
@Component(service = {NodeWarningService.class, NodeScanner.class}, configurationPid = "ecc.deadlines")
public class NodeScanner implements NodeWarningService {

    private static final Logger LOG = LoggerFactory.getLogger(NodeScanner.class);

    static final String LOCK = "node-scan";
    /** Enough for a year's ledger of a large court; a larger export is asked for in parts. */
    static final int MAX_EXPORT_ROWS = 100_000;
    private static final int MAX_RETRIES = 3;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Transactions tx;
    private final EccClock clock;
    private final String instance;
    private volatile int batchSize;
    private volatile Duration lease;

    /** Who the chief is; without it the role is recorded as told. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile StaffDirectory staff;

    @Activate
    public NodeScanner(@Reference(target = "(osgi.unit.name=ecc-core)") JpaTemplate jpa,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) EccClock clock, DeadlinesConfig config) {
        this(new Transactions(jpa), clock, config.scanBatchSize(), Duration.ofMinutes(config.scanLeaseMinutes()));
    }

    NodeScanner(Transactions tx, EccClock clock, int batchSize, Duration lease) {
        this.tx = tx;
        this.clock = clock;
        this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.batchSize = Math.max(1, batchSize);
        this.lease = lease;
    }

    @Modified
    void modified(DeadlinesConfig config) {
        batchSize = Math.max(1, config.scanBatchSize());
        lease = Duration.ofMinutes(Math.max(1, config.scanLeaseMinutes()));
    }

    @Override
    public ScanResult scan(Actor actor) {
        actor.require(Permissions.NODE_MANAGE);
        return scanNow();
    }

    /** Runs a scan for the platform itself (the scheduler). */
    ScanResult scanNow() {
        LocalDateTime now = clock.localNow();
        String owner = instance + "/" + UUID.randomUUID().toString().substring(0, 8);
        String holder = acquire(owner);
        if (holder != null) {
            return new ScanResult(false, now, 0, 0, 0, "另一次扫描正在进行（" + holder + "），本次未执行");
        }
        int[] totals = new int[3];
        try {
            Map<String, List<String>> people = new HashMap<>();
            while (true) {
                int[] batch = batchWithRetries(now, people);
                for (int i = 0; i < 3; i++) {
                    totals[i] += batch[i];
                }
                if (batch[0] + batch[1] < batchSize) {
                    break;
                }
                if (!renew(owner)) {
                    LOG.warn("Node scan lost its lease {} after {} nodes; another instance goes on", owner,
                            totals[0] + totals[1]);
                    break;
                }
            }
            String message = "扫描完成：新增即将到期 " + totals[0] + " 个、超期 " + totals[1] + " 个，发出提醒 " + totals[2]
                    + " 条";
            release(owner, message);
            if (totals[0] + totals[1] > 0) {
                LOG.info("Node scan at {}: {} due soon, {} overdue, {} notices", now, totals[0], totals[1], totals[2]);
            }
            return new ScanResult(true, now, totals[0], totals[1], totals[2], message);
        } catch (RuntimeException e) {
            release(owner, "failed: " + e);
            throw e;
        }
    }

    private int[] batchWithRetries(LocalDateTime now, Map<String, List<String>> people) {
        for (int attempt = 1;; attempt++) {
            try {
                return tx.requiresNew(em -> batch(em, now, people));
            } catch (RuntimeException e) {
                if (attempt >= MAX_RETRIES || !(Transactions.isOptimisticLockFailure(e)
                        || Transactions.isUniqueViolation(e))) {
                    throw e;
                }
                // a node changed under us (completed, rescheduled): the next attempt sees it as it is now
                LOG.debug("Node scan batch retried after {}", e.toString());
            }
        }
    }

    /** One transaction's work: at most a batch of nodes moved. Answers {dueSoon, overdue, notices}. */
    private int[] batch(EntityManager em, LocalDateTime now, Map<String, List<String>> people) {
        List<NodeEntity> crossed = new ArrayList<>(em.createQuery("SELECT n FROM NodeEntity n"
                + " WHERE n.marked = :open AND n.warnAt <= :now ORDER BY n.warnAt, n.id", NodeEntity.class)
                .setParameter("open", NodeState.OPEN).setParameter("now", now).setMaxResults(batchSize)
                .getResultList());
        if (crossed.size() < batchSize) {
            crossed.addAll(em.createQuery("SELECT n FROM NodeEntity n"
                    + " WHERE n.marked = :soon AND n.dueAt < :now ORDER BY n.dueAt, n.id", NodeEntity.class)
                    .setParameter("soon", NodeState.DUE_SOON).setParameter("now", now)
                    .setMaxResults(batchSize - crossed.size()).getResultList());
        }
        int[] counts = new int[3];
        for (NodeEntity n : crossed) {
            NodeState to = n.dueAt.isBefore(now) ? NodeState.OVERDUE : NodeState.DUE_SOON;
            // only if nobody completed or moved it since we read it
            int moved = em.createQuery("UPDATE NodeEntity n SET n.marked = :to WHERE n.id = :id"
                    + " AND n.marked = :from AND n.done = false AND n.dueAt = :due")
                    .setParameter("to", to).setParameter("id", n.id).setParameter("from", n.marked)
                    .setParameter("due", n.dueAt).executeUpdate();
            if (moved == 1) {
                counts[to == NodeState.OVERDUE ? 1 : 0]++;
                counts[2] += warn(em, n, to, now, people);
            }
        }
        return counts;
    }

    /** Records the warning and puts the notices in the inboxes. Answers how many notices were sent. */
    private int warn(EntityManager em, NodeEntity n, NodeState state, LocalDateTime now,
            Map<String, List<String>> people) {
        boolean exists = !em.createQuery("SELECT w.id FROM NodeWarningEntity w WHERE w.nodeId = :n"
                + " AND w.state = :s AND w.dueAt = :d", Long.class).setParameter("n", n.id)
                .setParameter("s", state).setParameter("d", n.dueAt).setMaxResults(1).getResultList().isEmpty();
        if (exists) {
            return 0;
        }
        Set<String> users = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        if (state == NodeState.OVERDUE) {
            for (String role : Arrays.stream(n.notifyRoles.split(",")).filter(r -> !r.isBlank()).toList()) {
                List<String> holders = people.computeIfAbsent(role, this::holders);
                if (holders.isEmpty()) {
                    roles.add(role);
                } else {
                    users.addAll(holders);
                }
            }
        } else if (n.responsible != null) {
            users.add(n.responsible);
        } else {
            roles.add(n.role);
        }
        NodeWarningEntity w = new NodeWarningEntity();
        w.nodeId = n.id;
        w.caseId = n.caseId;
        w.caseNumber = n.caseNumber;
        w.type = n.type;
        w.label = n.label;
        w.state = state;
        w.startedAt = n.startedAt;
        w.dueAt = n.dueAt;
        w.responsible = n.responsible;
        w.role = n.role;
        w.detectedAt = now;
        w.reportedTo = String.join(",", users);
        w.reportedToRoles = String.join(",", roles);
        em.persist(w);

        String key = "node:" + n.id + ":" + state + ":" + n.dueAt;
        String due = MINUTES.format(n.dueAt);
        String who = n.responsible != null ? n.responsible : Roles.label(n.role);
        int sent = 0;
        boolean overdue = state == NodeState.OVERDUE;
        NewNotice own = new NewNotice(n.responsible, n.responsible == null ? n.role : null,
                overdue ? "node.overdue" : "node.due-soon",
                (overdue ? "节点已超期：" : "节点即将到期：") + n.caseNumber + " " + n.label,
                overdue ? "期限 " + due + " 已过，请尽快完成并说明原因；已报告执行局长。"
                        : "期限 " + due + "，请在期限内完成。", n.caseId, n.caseNumber, n.id, key);
        sent += JpaNoticeService.deliver(em, own, now).isPresent() ? 1 : 0;
        if (overdue) {
            String title = "节点超期报告：" + n.caseNumber + " " + n.label;
            String body = "期限 " + due + " 已过，负责：" + who + "（本院制度第14项）。";
            for (String user : users) {
                if (!user.equals(n.responsible)) {
                    sent += JpaNoticeService.deliver(em, new NewNotice(user, null, "node.overdue.report", title, body,
                            n.caseId, n.caseNumber, n.id, key), now).isPresent() ? 1 : 0;
                }
            }
            for (String role : roles) {
                if (n.responsible != null || !role.equals(n.role)) {
                    sent += JpaNoticeService.deliver(em, new NewNotice(null, role, "node.overdue.report", title, body,
                            n.caseId, n.caseNumber, n.id, key), now).isPresent() ? 1 : 0;
                }
            }
        }
        em.flush();
        return sent;
    }

    /** The active staff holding a role, by the staff directory when one is installed. */
    private List<String> holders(String role) {
        StaffDirectory directory = staff;
        if (directory == null) {
            return List.of();
        }
        return directory.withRole(role).stream().filter(StaffMember::active).map(StaffMember::username).toList();
    }

    // ---- the lease

    /** Takes the lease; answers null when taken, or who holds it. */
    String acquire(String owner) {
        ensureLockRow();
        return tx.requiresNew(em -> {
            Instant now = clock.now();
            SchedulerLockEntity lock = em.find(SchedulerLockEntity.class, LOCK, LockModeType.PESSIMISTIC_WRITE);
            if (lock.owner != null && lock.leaseUntil != null && lock.leaseUntil.isAfter(now)) {
                return lock.owner;
            }
            lock.owner = owner;
            lock.leaseUntil = now.plus(lease);
            return null;
        });
    }

    private boolean renew(String owner) {
        return tx.requiresNew(em -> {
            SchedulerLockEntity lock = em.find(SchedulerLockEntity.class, LOCK, LockModeType.PESSIMISTIC_WRITE);
            if (!owner.equals(lock.owner)) {
                return false;
            }
            lock.leaseUntil = clock.now().plus(lease);
            return true;
        });
    }

    void release(String owner, String result) {
        try {
            tx.requiresNew(em -> {
                SchedulerLockEntity lock = em.find(SchedulerLockEntity.class, LOCK, LockModeType.PESSIMISTIC_WRITE);
                if (owner.equals(lock.owner)) {
                    lock.owner = null;
                    lock.leaseUntil = null;
                    lock.lastFinishedAt = clock.now();
                    lock.lastResult = result.length() > 500 ? result.substring(0, 500) : result;
                }
                return null;
            });
        } catch (RuntimeException e) {
            // the lease ends by itself; the scan's own outcome matters more than this
            LOG.warn("Could not give back the node scan lease {}: {}", owner, e.toString());
        }
    }

    /** Creates the lock row once; two instances racing to create it both find it afterwards. */
    private void ensureLockRow() {
        if (tx.read(em -> em.find(SchedulerLockEntity.class, LOCK)) != null) {
            return;
        }
        try {
            tx.requiresNew(em -> {
                em.persist(new SchedulerLockEntity(LOCK));
                em.flush();
                return null;
            });
        } catch (RuntimeException e) {
            if (!Transactions.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    // ---- the ledger

    @Override
    public Page<NodeWarning> ledger(LocalDate from, LocalDate to, NodeState state, PageRequest page, Actor actor) {
        actor.require(Permissions.NODE_LEDGER_READ);
        checkPeriod(from, to);
        NodeState s = state == null ? NodeState.OVERDUE : state;
        if (s != NodeState.OVERDUE && s != NodeState.DUE_SOON) {
            throw InvalidInputException.of("state", "台帐只记录 OVERDUE（超期）或 DUE_SOON（即将到期）");
        }
        PageRequest p = page == null ? PageRequest.first() : page;
        return tx.read(em -> {
            Map<String, Object> params = new HashMap<>();
            String where = period(from, to, s, params);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(w) FROM NodeWarningEntity w" + where, Long.class);
            params.forEach(count::setParameter);
            List<NodeWarning> items = rows(em, where, params, p.offset(), p.limit());
            return new Page<>(items, count.getSingleResult(), p.limit(), p.offset());
        });
    }

    @Override
    public Sheet ledgerSheet(LocalDate from, LocalDate to, Actor actor) {
        actor.require(Permissions.NODE_LEDGER_READ);
        checkPeriod(from, to);
        LocalDateTime now = clock.localNow();
        List<NodeWarning> rows = tx.read(em -> {
            Map<String, Object> params = new HashMap<>();
            String where = period(from, to, NodeState.OVERDUE, params);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(w) FROM NodeWarningEntity w" + where, Long.class);
            params.forEach(count::setParameter);
            if (count.getSingleResult() > MAX_EXPORT_ROWS) {
                throw InvalidInputException.of("from", "导出超过 " + MAX_EXPORT_ROWS + " 行，请缩小日期范围");
            }
            return rows(em, where, params, 0, MAX_EXPORT_ROWS);
        });
        List<List<Object>> cells = new ArrayList<>();
        int i = 1;
        for (NodeWarning w : rows) {
            LocalDateTime end = w.completedAt() != null ? w.completedAt() : now;
            List<String> told = new ArrayList<>(w.reportedTo());
            w.reportedToRoles().forEach(r -> told.add(Roles.label(r)));
            cells.add(Arrays.asList(i++, w.caseNumber(), w.label(), w.startedAt(), w.dueAt(),
                    w.responsible() != null ? w.responsible() : Roles.label(w.role()), w.detectedAt(),
                    String.join("、", told), w.completedAt(),
                    Math.max(0, ChronoUnit.DAYS.between(w.dueAt().toLocalDate(), end.toLocalDate()))));
        }
        String period = (from == null ? "" : from.toString()) + " 至 " + (to == null ? "" : to.toString());
        return new Sheet("节点期限预警台帐", "节点期限预警台帐（期限 " + period.strip() + "）",
                List.of("序号", "案号", "节点", "起算时间", "期限", "承办/负责", "发现超期时间", "报告对象", "完成时间", "超期天数"),
                cells, List.of("制表时间：" + MINUTES.format(now), "制表人：" + actor.displayName(),
                        "超期节点已报告执行局长（本院执行指挥中心工作管理制度第14项）；超期天数计至完成日，未完成的计至制表日。"));
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "截止日期不能早于起始日期");
        }
    }

    private static String period(LocalDate from, LocalDate to, NodeState state, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE w.state = :state");
        params.put("state", state);
        if (from != null) {
            where.append(" AND w.dueAt >= :from");
            params.put("from", from.atStartOfDay());
        }
        if (to != null) {
            where.append(" AND w.dueAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay());
        }
        return where.toString();
    }

    private static List<NodeWarning> rows(EntityManager em, String where, Map<String, Object> params, int offset,
            int limit) {
        TypedQuery<NodeWarningEntity> q = em.createQuery("SELECT w FROM NodeWarningEntity w" + where
                + " ORDER BY w.dueAt DESC, w.id DESC", NodeWarningEntity.class);
        params.forEach(q::setParameter);
        List<NodeWarningEntity> page = q.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, NodeEntity> nodes = new HashMap<>();
        List<Long> ids = page.stream().map(w -> w.nodeId).distinct().toList();
        // in chunks: an IN list of an export's size is more than a database takes in one statement
        for (int i = 0; i < ids.size(); i += 500) {
            em.createQuery("SELECT n FROM NodeEntity n WHERE n.id IN :ids", NodeEntity.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList()
                    .forEach(n -> nodes.put(n.id, n));
        }
        return page.stream().map(w -> {
            NodeEntity n = nodes.get(w.nodeId);
            return new NodeWarning(w.id, w.nodeId, w.caseId, w.caseNumber, w.type, w.label, w.state, w.startedAt,
                    w.dueAt, w.responsible, w.role, w.detectedAt, split(w.reportedTo), split(w.reportedToRoles),
                    n == null ? null : n.completedAt, n == null ? null : n.completedBy);
        }).toList();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
