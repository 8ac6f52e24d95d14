package cn.ecc.core.internal.cases;

import static cn.ecc.core.internal.cases.CaseMapper.blankToNull;

import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseNumber;
import cn.ecc.api.cases.CasePatch;
import cn.ecc.api.cases.CaseQuery;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.CaseSummary;
import cn.ecc.api.cases.FilingParticipant;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.StaleVersionException;
import cn.ecc.api.common.Violation;
import cn.ecc.api.court.Court;
import cn.ecc.api.court.CourtService;
import cn.ecc.api.events.EccTopics;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.time.EccClock;
import cn.ecc.core.internal.cases.PartyEntity.Side;
import cn.ecc.core.internal.nodes.CaseNodeHooks;
import cn.ecc.persistence.AfterCommit;
import cn.ecc.persistence.JpqlPage;
import cn.ecc.persistence.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.transaction.Status;
import javax.transaction.TransactionSynchronizationRegistry;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Cases and their parties in the core's persistence unit. */
@Component(service = CaseService.class)
public class JpaCaseService implements CaseService {

    private static final Logger LOG = LoggerFactory.getLogger(JpaCaseService.class);

    private final Transactions tx;
    private final CourtService courts;
    private final EccClock clock;
    private final AfterCommit events;
    private final AuditTrail audit;
    /** The deadline engine: opens and moves the case's nodes in the same transaction as the case. */
    @Reference
    CaseNodeHooks nodes;
    /** Areas' records of each filed case, written in the filing's transaction. */
    final FilingParticipants participants = new FilingParticipants();
    /** Counter rows known to exist; saves a read per filing. */
    private final Set<String> knownCounters = ConcurrentHashMap.newKeySet();
    private final CaseTextSearch textSearch = new CaseTextSearch();
    /** Null where there is no JTA (plain unit tests): filings then run on the caller's thread. */
    private final TransactionSynchronizationRegistry registry;
    /** Runs the filings that do not join a caller's transaction, one after the other (see {@link #file}). */
    private final ExecutorService filingThread;

    @Activate
    public JpaCaseService(@Reference(target = "(osgi.unit.name=ecc-core)") JpaTemplate jpa,
            @Reference CourtService courts, @Reference(policyOption = ReferencePolicyOption.GREEDY) EccClock clock,
            @Reference EventAdmin eventAdmin,
            @Reference TransactionSynchronizationRegistry registry, @Reference AuditTrail audit) {
        this(new Transactions(jpa), courts, clock, new AfterCommit(eventAdmin, registry), audit, registry);
    }

    public JpaCaseService(Transactions tx, CourtService courts, EccClock clock, AfterCommit events, AuditTrail audit) {
        this(tx, courts, clock, events, audit, null);
    }

    /** With a JTA registry, filings outside a caller's transaction run on the filing thread. */
    JpaCaseService(Transactions tx, CourtService courts, EccClock clock, AfterCommit events, AuditTrail audit,
            TransactionSynchronizationRegistry registry) {
        this.tx = tx;
        this.courts = courts;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.registry = registry;
        this.filingThread = registry == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ecc-filing");
            t.setDaemon(true);
            return t;
        });
    }

    /** Lets the filing under way finish; later callers file on their own threads until the service is gone. */
    @Deactivate
    void deactivate() throws InterruptedException {
        if (filingThread != null) {
            filingThread.shutdown();
            if (!filingThread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("A filing was still running 30 s after the case service began to stop");
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeParticipant")
    void addParticipant(ComponentServiceObjects<FilingParticipant> participant) {
        participants.add(participant);
    }

    void removeParticipant(ComponentServiceObjects<FilingParticipant> participant) {
        participants.remove(participant);
    }

    @Override
    public CaseDetail file(NewCase input, Actor actor) {
        actor.require(Permissions.CASE_CREATE);
        LocalDate today = clock.today();
        CaseValidator.checkNew(input, today);
        LocalDate filedOn = input.filedOn() == null ? today : input.filedOn();
        Court court = courts.court();
        String counterKey = filedOn.getYear() + "|" + court.code() + "|" + input.type().name();
        ensureCounter(counterKey);
        String ref = blankToNull(input.filingReference());
        Supplier<CaseDetail> filing = () -> fileNow(input, actor, filedOn, court, counterKey, ref);
        // Filings wait for each other anyway: the year's counter row is locked from the number to the commit.
        // Handing that row from one request thread to the next cost about a seventh of the time a filing holds
        // it (the next thread granted the row but not yet running on a busy core; docs/performance.md), so
        // filings run one after the other on one thread, unless the caller's transaction must include the case.
        if (filingThread == null || registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return filing.get();
        }
        Future<CaseDetail> filed;
        try {
            filed = filingThread.submit(filing::get);
        } catch (RejectedExecutionException stopping) {
            return filing.get();
        }
        return outcome(filed);
    }

    private CaseDetail fileNow(NewCase input, Actor actor, LocalDate filedOn, Court court, String counterKey,
            String ref) {
        return tx.requiredUnique(em -> {
            if (ref != null) {
                refuseDuplicateReference(em, ref);
            }
            CaseCounterEntity counter = em.find(CaseCounterEntity.class, counterKey, LockModeType.PESSIMISTIC_WRITE);
            CaseNumber number = new CaseNumber(filedOn.getYear(), court.code(), input.type(), counter.next());
            CaseEntity c = new CaseEntity();
            c.setNumber(number.toString());
            c.setYear(number.year());
            c.setCourtCode(number.courtCode());
            c.setType(number.type());
            c.setSequence(number.sequence());
            String handler = blankToNull(input.handler());
            c.setHandler(handler);
            c.setStatus(handler == null ? CaseStatus.REGISTERED : CaseStatus.ACTIVE);
            c.setCause(blankToNull(input.cause()));
            c.setBasis(input.basis().strip());
            c.setAmount(input.amount().setScale(2));
            c.setFiledOn(filedOn);
            c.setNonLitigation(Boolean.TRUE.equals(input.nonLitigation()));
            c.setFilingReference(ref);
            c.setCreatedBy(actor.username());
            Instant now = clock.now();
            c.setCreatedAt(now);
            c.setUpdatedAt(now);
            replaceSide(c, Side.APPLICANT, input.applicants());
            replaceSide(c, Side.RESPONDENT, input.respondents());
            em.persist(c);
            em.flush();
            nodes.caseFiled(c.getId(), actor);
            CaseDetail filed = CaseMapper.detail(c, actor.can(Permissions.PARTY_PERSONAL_READ));
            participants.caseFiled(filed, input, actor);
            // last before commit: the audit append holds the chain's lock until the commit
            audit.record(new AuditEntry(actor.username(), "case.create", "case", c.getId().toString(), c.getId(),
                    Map.of(), CaseAudit.snapshot(c)));
            events.post(caseEvent(EccTopics.CASE_FILED, c, actor));
            return filed;
        }, () -> new ConflictException("立案部门编号 " + ref + " 已登记，不能重复立案"));
    }

    /**
     * The filing's outcome as if it had run on the caller's thread. An interrupt does not cut the wait short: the
     * filing may commit anyway, and the caller must not report a filed case as failed.
     */
    private static CaseDetail outcome(Future<CaseDetail> filed) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return filed.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public List<Violation> check(NewCase input) {
        try {
            CaseValidator.checkNew(input, clock.today());
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static void refuseDuplicateReference(EntityManager em, String ref) {
        List<String> existing = em.createQuery(
                "SELECT c.number FROM CaseEntity c WHERE c.filingReference = :ref", String.class)
                .setParameter("ref", ref).getResultList();
        if (!existing.isEmpty()) {
            throw new ConflictException("立案部门编号 " + ref + " 已登记为 " + existing.get(0) + "，不能重复立案");
        }
    }

    /**
     * Creates the counter row in a transaction of its own, so that two first filings of a year racing to
     * create it do not fail the caller's transaction: the loser of the race finds the winner's row.
     */
    private void ensureCounter(String key) {
        if (knownCounters.contains(key)) {
            return;
        }
        boolean exists = tx.read(em -> em.find(CaseCounterEntity.class, key) != null);
        if (!exists) {
            try {
                tx.requiresNew(em -> {
                    em.persist(new CaseCounterEntity(key));
                    em.flush();
                    return null;
                });
            } catch (RuntimeException e) {
                if (!Transactions.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
        knownCounters.add(key);
    }

    @Override
    public CaseDetail get(long id, Actor actor) {
        actor.require(Permissions.CASE_READ);
        if (actor.can(Permissions.PARTY_PERSONAL_READ)) {
            return tx.required(em -> auditedFullRead(find(em, id), actor));
        }
        return tx.read(em -> CaseMapper.detail(find(em, id), false));
    }

    @Override
    public CaseDetail getMasked(long id, Actor actor) {
        actor.require(Permissions.CASE_READ);
        return tx.read(em -> CaseMapper.detail(find(em, id), false));
    }

    @Override
    public Optional<CaseDetail> findByNumber(String number, Actor actor) {
        actor.require(Permissions.CASE_READ);
        // accept full-width brackets and spaces as people type them, and find the stored form
        Optional<String> normalized = CaseNumber.parse(number).map(CaseNumber::toString);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return findOne("c.number", normalized.get(), actor);
    }

    @Override
    public Optional<CaseDetail> findByFilingReference(String filingReference, Actor actor) {
        actor.require(Permissions.CASE_READ);
        return filingReference == null ? Optional.empty() : findOne("c.filingReference", filingReference.strip(), actor);
    }

    private Optional<CaseDetail> findOne(String column, String value, Actor actor) {
        boolean full = actor.can(Permissions.PARTY_PERSONAL_READ);
        java.util.function.Function<EntityManager, Optional<CaseDetail>> work = em -> em.createQuery(
                "SELECT c FROM CaseEntity c WHERE " + column + " = :v", CaseEntity.class)
                .setParameter("v", value).getResultList().stream().findFirst()
                .map(c -> full ? auditedFullRead(c, actor) : CaseMapper.detail(c, false));
        return full ? tx.required(work) : tx.read(work);
    }

    /**
     * The case with its parties' personal data in full; the read is audited when there is any to see and a
     * person asked (the platform reads for its own work, e.g. grouping series or checking a listing rule, and
     * shows the data to no one).
     */
    private CaseDetail auditedFullRead(CaseEntity c, Actor actor) {
        long withData = c.getParties().stream()
                .filter(p -> p.getIdNumber() != null || p.getPhone() != null || p.getAddress() != null).count();
        if (withData > 0 && !actor.isSystem()) {
            audit.record(new AuditEntry(actor.username(), Permissions.PARTY_PERSONAL_READ, "case",
                    c.getId().toString(), c.getId(), Map.of(), Map.of("parties", withData)));
        }
        return CaseMapper.detail(c, true);
    }

    @Override
    public Page<CaseSummary> search(CaseQuery q, Actor actor) {
        actor.require(Permissions.CASE_READ);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", q.status());
        }
        if (q.type() != null) {
            where.append(" AND c.type = :type");
            params.put("type", q.type());
        }
        if (q.handler() != null && !q.handler().isBlank()) {
            where.append(" AND c.handler = :handler");
            params.put("handler", q.handler().strip());
        }
        if (q.filedFrom() != null) {
            where.append(" AND c.filedOn >= :filedFrom");
            params.put("filedFrom", q.filedFrom());
        }
        if (q.filedTo() != null) {
            where.append(" AND c.filedOn <= :filedTo");
            params.put("filedTo", q.filedTo());
        }
        String text = q.text() == null || q.text().isBlank() ? null
                : "%" + escapeLike(q.text().strip().toLowerCase()) + "%";
        return tx.read(em -> {
            JpqlPage<CaseEntity> found = text == null
                    ? JpqlPage.of(em, CaseEntity.class, "CaseEntity c", where.toString(), CaseTextSearch.LIST_ORDER,
                            params, q.page().offset(), q.page().limit())
                    : textSearch.find(em, where.toString(), params, text, q.page());
            long total = found.total();
            List<CaseEntity> page = found.rows();
            Map<Long, List<PartyEntity>> parties = page.isEmpty() ? Map.of()
                    : em.createQuery("SELECT p FROM PartyEntity p WHERE p.owner.id IN :ids ORDER BY p.position",
                            PartyEntity.class)
                    .setParameter("ids", page.stream().map(CaseEntity::getId).toList()).getResultList().stream()
                    .collect(Collectors.groupingBy(p -> p.getOwner().getId()));
            return new Page<>(page.stream().map(c -> CaseMapper.summary(c, parties.getOrDefault(c.getId(), List.of())))
                    .toList(), total, q.page().limit(), q.page().offset());
        });
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public CaseDetail update(long id, long expectedVersion, CasePatch patch, Actor actor) {
        actor.require(Permissions.CASE_UPDATE);
        CaseValidator.checkPatch(patch);
        try {
            return tx.required(em -> {
                CaseEntity c = find(em, id);
                if (c.getVersion() != expectedVersion) {
                    throw new StaleVersionException(c.getVersion());
                }
                Map<String, Object> before = CaseAudit.snapshot(c);
                if (patch.cause() != null) {
                    c.setCause(blankToNull(patch.cause()));
                }
                if (patch.basis() != null) {
                    c.setBasis(patch.basis().strip());
                }
                if (patch.amount() != null) {
                    c.setAmount(patch.amount().setScale(2));
                }
                if (patch.nonLitigation() != null) {
                    c.setNonLitigation(patch.nonLitigation());
                }
                if (patch.keyCase() != null) {
                    c.setKeyCase(patch.keyCase());
                }
                if (patch.keyCategory() != null) {
                    c.setKeyCategory(blankToNull(patch.keyCategory()));
                }
                if (patch.applicants() != null) {
                    replaceSide(c, Side.APPLICANT, patch.applicants());
                }
                if (patch.respondents() != null) {
                    replaceSide(c, Side.RESPONDENT, patch.respondents());
                }
                c.setUpdatedAt(clock.now());
                em.flush();
                Map<String, Object> after = CaseAudit.snapshot(c);
                audit.record(new AuditEntry(actor.username(), "case.update", "case", c.getId().toString(), c.getId(),
                        CaseAudit.changed(before, after), CaseAudit.changed(after, before)));
                events.post(caseEvent(EccTopics.CASE_UPDATED, c, actor));
                // masked: a write answers what it changed; full personal data only through an audited read
                return CaseMapper.detail(c, false);
            });
        } catch (RuntimeException e) {
            if (Transactions.isOptimisticLockFailure(e)) {
                // a concurrent update committed between our version check and our write
                throw new StaleVersionException(tx.read(em -> find(em, id).getVersion()));
            }
            throw e;
        }
    }

    @Override
    public CaseDetail assignHandler(long id, String handler, Actor actor) {
        actor.require(Permissions.CASE_ASSIGN);
        if (handler == null || handler.isBlank()) {
            throw InvalidInputException.of("handler", "必须填写");
        }
        return tx.required(em -> {
            CaseEntity c = find(em, id);
            if (c.getHandler() != null) {
                throw new ConflictException("案件已分案（承办人 " + c.getHandler() + "），变更承办人须经审批");
            }
            CaseStatus status = c.getStatus();
            c.setHandler(handler.strip());
            c.setStatus(CaseStatus.ACTIVE);
            c.setUpdatedAt(clock.now());
            em.flush();
            nodes.handlerAssigned(c.getId(), c.getHandler(), actor);
            Map<String, Object> before = new HashMap<>();
            before.put("handler", null);
            before.put("status", status);
            audit.record(new AuditEntry(actor.username(), "case.assign", "case", c.getId().toString(), c.getId(),
                    before, Map.of("handler", c.getHandler(), "status", c.getStatus())));
            events.post(new Event(EccTopics.CASE_ASSIGNED, Map.of(EccTopics.CASE_ID, c.getId(),
                    EccTopics.CASE_NUMBER, c.getNumber(), EccTopics.ACTOR, actor.username(),
                    EccTopics.HANDLER, c.getHandler())));
            return CaseMapper.detail(c, false);
        });
    }

    /** Replaces one side's parties; positions keep the order within each side. */
    private static void replaceSide(CaseEntity c, Side side, List<Party> parties) {
        c.getParties().removeIf(p -> p.getSide() == side);
        int position = c.getParties().stream().mapToInt(PartyEntity::getPosition).max().orElse(-1) + 1;
        for (Party p : parties) {
            c.getParties().add(CaseMapper.entity(c, side, position++, p));
        }
    }

    private static CaseEntity find(EntityManager em, long id) {
        CaseEntity c = em.find(CaseEntity.class, id);
        if (c == null) {
            throw new NotFoundException("案件不存在（编号 " + id + "）");
        }
        return c;
    }

    private static Event caseEvent(String topic, CaseEntity c, Actor actor) {
        return new Event(topic, Map.of(EccTopics.CASE_ID, c.getId(), EccTopics.CASE_NUMBER, c.getNumber(),
                EccTopics.ACTOR, actor.username()));
    }
}
