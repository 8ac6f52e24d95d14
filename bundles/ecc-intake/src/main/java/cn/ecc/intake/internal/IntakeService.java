package cn.ecc.intake.internal;

import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseQuery;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.court.CourtService;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.api.time.EccClock;
import cn.ecc.intake.internal.Views.Assignment;
import cn.ecc.intake.internal.Views.Candidate;
import cn.ecc.intake.internal.Views.DocumentLink;
import cn.ecc.intake.internal.Views.Documents;
import cn.ecc.intake.internal.Views.Series;
import cn.ecc.intake.internal.Views.SeriesCase;
import cn.ecc.intake.internal.assign.AssignmentEntity;
import cn.ecc.intake.internal.assign.AssignmentMethod;
import cn.ecc.intake.internal.assign.HandlerDraw;
import cn.ecc.intake.internal.docs.DocumentValues;
import cn.ecc.intake.internal.docs.InitialDocument;
import cn.ecc.intake.internal.docs.Templates;
import cn.ecc.persistence.Transactions;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The intake area's work: filing with series bookkeeping, the first assignment (recorded or drawn), the
 * initial documents and their dispatch. REST resources and shell commands are thin layers over it.
 */
@Component(service = IntakeService.class, configurationPid = "ecc.intake")
@Designate(ocd = IntakeConfig.class)
public class IntakeService {

    private final Transactions tx;
    private final CaseService cases;
    private final StaffDirectory staff;
    private final NodeService nodes;
    private final DocumentService documents;
    private final CourtService courts;
    private final EccClock clock;
    private final AuditTrail audit;
    private final Templates templates;
    private final RandomGenerator random = new SecureRandom();
    private volatile IntakeConfig config;

    @Activate
    public IntakeService(@Reference(target = "(osgi.unit.name=ecc-intake)") JpaTemplate jpa,
            @Reference CaseService cases, @Reference StaffDirectory staff, @Reference NodeService nodes,
            @Reference DocumentService documents, @Reference CourtService courts, @Reference EccClock clock,
            @Reference AuditTrail audit, BundleContext context, IntakeConfig config) {
        this(new Transactions(jpa), cases, staff, nodes, documents, courts, clock, audit, templates(context), config);
        tx.prepare();
    }

    private static Templates templates(BundleContext context) {
        String etc = context.getProperty("karaf.etc");
        return new Templates(Path.of(etc == null ? "etc" : etc, "ecc", "templates", "intake"),
                IntakeService.class.getClassLoader());
    }

    IntakeService(Transactions tx, CaseService cases, StaffDirectory staff, NodeService nodes,
            DocumentService documents, CourtService courts, EccClock clock, AuditTrail audit, Templates templates,
            IntakeConfig config) {
        this.tx = tx;
        this.cases = cases;
        this.staff = staff;
        this.nodes = nodes;
        this.documents = documents;
        this.courts = courts;
        this.clock = clock;
        this.audit = audit;
        this.config = config;
        this.templates = templates;
    }

    @Modified
    void modified(IntakeConfig config) {
        this.config = config;
    }

    IntakeConfig config() {
        return config;
    }

    /** Files one case, records its series, and the handler the filing division chose if it names one. */
    public CaseDetail file(NewCase input, Actor actor) {
        return file(input, null, actor);
    }

    /** Files a case as a row of a batch (same as {@link #file} plus the batch it came in). */
    public CaseDetail file(NewCase input, Long batchId, Actor actor) {
        if (input != null && input.handler() != null && !input.handler().isBlank()) {
            requireJudge("handler", input.handler());
        }
        return tx.required(em -> {
            CaseDetail c = cases.file(input, actor);
            // SeriesRecorder wrote the record in this transaction, unless the core filed before it saw the recorder
            IntakeCaseEntity record = em.find(IntakeCaseEntity.class, c.id());
            if (record == null) {
                em.persist(intakeRecord(c, input.applicants(), batchId));
            } else if (batchId != null) {
                record.setBatchId(batchId);
            }
            if (c.handler() != null) {
                em.persist(new AssignmentEntity(c.id(), c.number(), c.handler(), AssignmentMethod.FILING_DIVISION, "",
                        "立案庭随机分案结果，指挥中心照录", null, actor.username(), clock.now()));
            }
            return c;
        });
    }

    /**
     * Intake's record of a case being filed, in the filing's transaction ({@link SeriesRecorder}). The series key
     * comes from the input: the answer masks ID numbers for filers without the permission to read them.
     */
    void record(CaseDetail filed, NewCase input) {
        tx.required(em -> {
            // written with the filing's other rows; file() finds it in this transaction's persistence context
            em.persist(intakeRecord(filed, input.applicants(), null));
            return null;
        });
    }

    /**
     * Registers a case that was filed while intake was not installed (or was being updated), so that it joins its
     * series and gets its documents; nothing happens if it is known already, as every case filed since is.
     */
    public void register(long caseId) {
        // look before reading the case: the read below is a full read of the parties (the series key needs their
        // ID numbers), and every such read is audited
        if (tx.read(em -> em.find(IntakeCaseEntity.class, caseId)) != null) {
            return;
        }
        try {
            // the read (with its audit record) and the series record in one transaction, as a filing through intake
            // does: one commit and one forced log write per registered case instead of two
            tx.required(em -> {
                CaseDetail c = cases.get(caseId, Actor.system());
                if (em.find(IntakeCaseEntity.class, caseId) == null) {
                    em.persist(intakeRecord(c, c.applicants(), null));
                    em.flush();
                }
                return null;
            });
        } catch (RuntimeException e) {
            // filed through intake concurrently: its own record is there
            if (!Transactions.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    private static IntakeCaseEntity intakeRecord(CaseDetail c, List<Party> applicants, Long batchId) {
        return new IntakeCaseEntity(c.id(), c.number(), c.filedOn(), seriesKey(c.filedOn(), applicants),
                applicants.stream().map(Party::name).collect(Collectors.joining("、")), batchId);
    }

    /** 系列案件: the same applicant(s) on the same day. An applicant is known by its ID number, else its name. */
    static String seriesKey(LocalDate filedOn, List<Party> applicants) {
        Set<String> who = new TreeSet<>();
        for (Party p : applicants) {
            String id = p.idNumber() == null ? "" : p.idNumber().strip().toUpperCase(java.util.Locale.ROOT);
            who.add(id.isEmpty() ? p.name().strip() : id);
        }
        String key = filedOn + "|" + String.join(",", who);
        return key.length() <= 300 ? key : key.substring(0, 300);
    }

    /**
     * The first handler: the one named (the filing division's random assignment), or a draw among the active
     * judges balanced by open caseload. The method, the candidates and the draw are recorded.
     */
    public Assignment assign(long caseId, String handler, Actor actor) {
        actor.require(Permissions.CASE_ASSIGN);
        CaseDetail c = cases.getMasked(caseId, actor);
        if (handler != null && !handler.isBlank()) {
            String username = requireJudge("handler", handler);
            return tx.required(em -> {
                CaseDetail assigned = cases.assignHandler(caseId, username, actor);
                AssignmentEntity a = new AssignmentEntity(caseId, assigned.number(), username,
                        AssignmentMethod.FILING_DIVISION, "", "立案庭随机分案结果，指挥中心照录", null, actor.username(),
                        clock.now());
                em.persist(a);
                return view(a);
            });
        }
        if (c.handler() != null) {
            throw new ConflictException("案件已分案（承办人 " + c.handler() + "），变更承办人须经承办法官变更审批");
        }
        IntakeConfig cfg = config;
        Set<String> excluded = Set.copyOf(Arrays.asList(cfg.excludedHandlers()));
        List<HandlerDraw.Candidate> candidates = staff.withRole(Roles.JUDGE).stream()
                .filter(StaffMember::active).map(StaffMember::username).filter(u -> !excluded.contains(u))
                .map(u -> new HandlerDraw.Candidate(u, openCases(u))).toList();
        HandlerDraw.Result draw = HandlerDraw.draw(candidates, Math.max(0, cfg.drawTolerance()), random);
        return tx.required(em -> {
            cases.assignHandler(caseId, draw.handler(), actor);
            AssignmentEntity a = new AssignmentEntity(caseId, c.number(), draw.handler(), AssignmentMethod.DRAW,
                    draw.candidatesText(), draw.rule(), draw.drawText(), actor.username(), clock.now());
            em.persist(a);
            audit.record(new AuditEntry(actor.username(), "intake.assignment.draw", "case", Long.toString(caseId),
                    caseId, Map.of(), Map.of("handler", draw.handler(), "candidates", draw.candidatesText(),
                            "rule", draw.rule(), "draw", draw.drawText())));
            return view(a);
        });
    }

    private long openCases(String handler) {
        Actor system = Actor.system();
        PageRequest one = new PageRequest(1, 0);
        return cases.search(new CaseQuery(CaseStatus.ACTIVE, null, handler, null, null, null, one), system).total()
                + cases.search(new CaseQuery(CaseStatus.SUSPENDED, null, handler, null, null, null, one), system).total();
    }

    /** The username of an active judge named by username or by real name. */
    String requireJudge(String field, String who) {
        return resolveJudge(who).orElseThrow(() -> InvalidInputException.of(field,
                "“" + who + "”不是本院在职的执行法官"));
    }

    /** For the import: the judge a 承办人 cell names, or empty. */
    public Optional<String> resolveJudgeOrEmpty(String who) {
        return resolveJudge(who);
    }

    Optional<String> resolveJudge(String who) {
        String w = who.strip();
        Optional<StaffMember> byUsername = staff.find(w).filter(m -> m.active() && m.hasRole(Roles.JUDGE));
        if (byUsername.isPresent()) {
            return byUsername.map(StaffMember::username);
        }
        List<StaffMember> byName = staff.withRole(Roles.JUDGE).stream()
                .filter(m -> m.active() && m.name().equals(w)).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0).username()) : Optional.empty();
    }

    public Optional<Assignment> assignment(long caseId, Actor actor) {
        actor.require(Permissions.CASE_READ);
        return tx.read(em -> em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.caseId = :id",
                AssignmentEntity.class).setParameter("id", caseId).getResultList().stream().findFirst()
                .map(IntakeService::view));
    }

    private static Assignment view(AssignmentEntity a) {
        List<Candidate> candidates = a.getCandidates().isEmpty() ? List.of()
                : Arrays.stream(a.getCandidates().split(",")).map(s -> s.split(":"))
                        .map(p -> new Candidate(p[0], Long.parseLong(p[1]))).toList();
        return new Assignment(a.getCaseId(), a.getCaseNumber(), a.getHandler(), a.getMethod(), a.getMethod().label(),
                candidates, a.getRule(), a.getDraw(), a.getAssignedBy(), a.getAssignedAt());
    }

    /** The initial documents of a case and whether they were sent. */
    public Documents documents(long caseId, Actor actor) {
        CaseDetail c = cases.getMasked(caseId, actor);
        IntakeCaseEntity record = tx.read(em -> em.find(IntakeCaseEntity.class, caseId));
        List<DocumentLink> links = Arrays.stream(InitialDocument.values()).map(d -> new DocumentLink(d.id(), d.title(),
                "/api/intake/cases/" + caseId + "/documents.pdf?documents=" + d.id())).toList();
        return new Documents(caseId, c.number(), links, record == null ? null : record.getDocumentsSentAt(),
                record == null ? null : record.getDocumentsSentBy());
    }

    /** One PDF with the chosen documents (all five when none are named) of each case, case after case. */
    public byte[] pdf(List<Long> caseIds, List<String> documentIds, Actor actor) {
        if (caseIds == null || caseIds.isEmpty()) {
            throw InvalidInputException.of("caseIds", "至少指定一件案件");
        }
        if (caseIds.size() > 200) {
            throw InvalidInputException.of("caseIds", "一次最多打印 200 件案件");
        }
        List<InitialDocument> kinds = documentIds == null || documentIds.isEmpty() ? List.of(InitialDocument.values())
                : documentIds.stream().map(id -> InitialDocument.byId("documents", id)).distinct().toList();
        Map<String, String> settings = settings();
        LocalDate today = clock.today();
        List<PdfDocument> pages = new ArrayList<>();
        for (Long id : caseIds) {
            if (id == null) {
                throw InvalidInputException.of("caseIds", "案件编号不能为空");
            }
            // the documents go to the parties: they carry the full names, never ID numbers
            CaseDetail c = cases.getMasked(id, actor);
            String handlerName = c.handler() == null ? null
                    : staff.find(c.handler()).map(StaffMember::name).orElse(c.handler());
            Map<String, String> values = DocumentValues.of(c, handlerName, courts.court(), today, settings);
            for (InitialDocument kind : kinds) {
                pages.add(templates.get(kind).render(values));
            }
        }
        return documents.pdf(pages);
    }

    private Map<String, String> settings() {
        IntakeConfig cfg = config;
        Map<String, String> s = new LinkedHashMap<>();
        s.put("contactPhone", cfg.contactPhone());
        s.put("supervisionPhone", cfg.supervisionPhone());
        s.put("accountName", cfg.accountName().isBlank() ? courts.court().name() : cfg.accountName());
        s.put("accountBank", cfg.accountBank());
        s.put("accountNumber", cfg.accountNumber());
        return s;
    }

    /** Records that the initial documents went out, and completes the case's 3-day node (regulation item 2). */
    public Documents markSent(long caseId, Actor actor) {
        actor.require(Permissions.CASE_UPDATE);
        cases.getMasked(caseId, actor);
        register(caseId);
        tx.required(em -> {
            IntakeCaseEntity record = em.find(IntakeCaseEntity.class, caseId);
            if (record.getDocumentsSentAt() == null) {
                record.markDocumentsSent(clock.now(), actor.username());
                nodes.completeOpen(caseId, NodeTypes.SEND_INITIAL_DOCUMENTS, "首批文书已发送", actor);
                audit.record(new AuditEntry(actor.username(), "intake.documents.sent", "case", Long.toString(caseId),
                        caseId, Map.of(), Map.of("documents", Arrays.stream(InitialDocument.values())
                                .map(InitialDocument::title).collect(Collectors.joining("、")))));
            }
            return null;
        });
        return documents(caseId, actor);
    }

    /** The series filed on a day: groups of two or more cases of the same applicant(s). */
    public List<Series> series(LocalDate day, Actor actor) {
        actor.require(Permissions.CASE_READ);
        List<IntakeCaseEntity> all = tx.read(em -> em.createQuery(
                "SELECT i FROM IntakeCaseEntity i WHERE i.filedOn = :day ORDER BY i.seriesKey, i.caseId",
                IntakeCaseEntity.class).setParameter("day", day).getResultList());
        Map<String, List<IntakeCaseEntity>> groups = all.stream().collect(Collectors.groupingBy(
                IntakeCaseEntity::getSeriesKey, LinkedHashMap::new, Collectors.toList()));
        return groups.values().stream().filter(g -> g.size() > 1)
                .map(g -> new Series(day, g.get(0).getApplicants(),
                        g.stream().map(i -> new SeriesCase(i.getCaseId(), i.getCaseNumber())).toList()))
                .toList();
    }

    /** Whether the case was filed by the batch (so that re-reading the batch reports it filed, not duplicate). */
    public boolean filedBy(long caseId, long batchId) {
        IntakeCaseEntity record = tx.read(em -> em.find(IntakeCaseEntity.class, caseId));
        return record != null && record.getBatchId() != null && record.getBatchId() == batchId;
    }
}
