package cn.ecc.restrictions.internal;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalState;
import cn.ecc.api.approvals.ApprovalStep;
import cn.ecc.api.approvals.ApprovalType;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.Decision;
import cn.ecc.api.approvals.NewApproval;
import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.calendar.WorkCalendar;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.Party;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.court.Court;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.nodes.NewNode;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeState;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.privacy.Masks;
import cn.ecc.api.restrictions.RestrictionPermissions;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.persistence.AfterCommit;
import cn.ecc.persistence.Transactions;
import cn.ecc.testing.LocalJpaTemplate;
import cn.ecc.testing.MovableClock;
import cn.ecc.testing.RecordingAuditTrail;
import cn.ecc.testing.RecordingEventAdmin;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The restriction service on an in-memory database, with small fakes of the platform's services around it. */
final class Fixture implements AutoCloseable {

    static final Court COURT = new Court("豫1330", "桐柏县人民法院", "南阳市中级人民法院");

    final LocalJpaTemplate jpa = new LocalJpaTemplate("META-INF/test-persistence.xml", "ecc-restrictions-test");
    final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    final FakeCalendar calendar = new FakeCalendar();
    final Cases cases = new Cases();
    final Approvals approvals = new Approvals();
    final Nodes nodes = new Nodes();
    final Documents documents = new Documents();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final RecordingEventAdmin events = new RecordingEventAdmin();
    RestrictionsConfig config = TermsTest.config(2, new String[0], 0);
    final RestrictionService service;

    final Actor judge = actor("chenlin", "陈林", Roles.JUDGE, RestrictionPermissions.REQUEST, RestrictionPermissions.READ,
            Permissions.CASE_READ, Permissions.PARTY_PERSONAL_READ, Permissions.APPROVAL_REQUEST);
    final Actor clerk = actor("songyu", "宋雨", Roles.CLERK, RestrictionPermissions.REQUEST, RestrictionPermissions.READ,
            RestrictionPermissions.LEDGER_READ, Permissions.CASE_READ, Permissions.APPROVAL_REQUEST);
    final Actor leader = actor("zhenghua", "郑华", Roles.COURT_LEADER, RestrictionPermissions.READ,
            RestrictionPermissions.LEDGER_READ, Permissions.CASE_READ);
    final Actor head = actor("fengjun", "冯军", Roles.CENTER_HEAD, RestrictionPermissions.READ,
            RestrictionPermissions.LEDGER_READ, Permissions.CASE_READ);
    final Actor chief = actor("zhouming", "周明", Roles.CHIEF, RestrictionPermissions.READ,
            RestrictionPermissions.LEDGER_READ, Permissions.CASE_READ);

    Fixture() {
        StaffDirectory staff = Fakes.of(StaffDirectory.class, new Staff(List.of(judge, clerk, leader, head, chief)));
        service = new RestrictionService(new Transactions(jpa), Fakes.of(CaseService.class, cases),
                Fakes.of(ApprovalService.class, approvals), Fakes.of(NodeService.class, nodes),
                Fakes.of(WorkCalendar.class, calendar), Fakes.of(DocumentService.class, documents), staff, () -> COURT,
                audit, new AfterCommit(events, null), clock, config);
    }

    static Actor actor(String username, String name, String role, String... permissions) {
        return new Actor(username, name, Set.of(role), Set.of(permissions));
    }

    /** Approves every step of the approval, each by the actor holding its role. */
    void approveAll(long approvalId) {
        ApprovalView a = approvals.store.get(approvalId);
        while (a.state() == ApprovalState.PENDING) {
            a = approvals.decide(approvalId, Decision.APPROVE, "同意", approverOf(a.steps().get(a.currentStep()).role()));
        }
        service.onDecided(approvalId);
    }

    Actor approverOf(String role) {
        return switch (role) {
            case Roles.COURT_LEADER -> leader;
            case Roles.CENTER_HEAD -> head;
            default -> chief;
        };
    }

    @Override
    public void close() {
        jpa.close();
    }

    // ---------------------------------------------------------------- fakes

    static final class Cases {
        final Map<Long, CaseDetail> cases = new ConcurrentHashMap<>();

        void add(CaseDetail c) {
            cases.put(c.id(), c);
        }

        public CaseDetail get(long id, Actor actor) {
            actor.require(Permissions.CASE_READ);
            CaseDetail c = cases.get(id);
            if (c == null) {
                throw new NotFoundException("案件不存在");
            }
            if (actor.can(Permissions.PARTY_PERSONAL_READ)) {
                return c;
            }
            return c.withParties(mask(c.applicants()), mask(c.respondents()));
        }

        public CaseDetail getMasked(long id, Actor actor) {
            CaseDetail c = get(id, actor);
            return c.withParties(mask(c.applicants()), mask(c.respondents()));
        }

        private static List<Party> mask(List<Party> parties) {
            return parties.stream().map(p -> p.withPersonalData(Masks.idNumber(p.idNumber()), Masks.phone(p.phone()),
                    Masks.address(p.address()))).toList();
        }

        public Optional<CaseDetail> findByNumber(String number, Actor actor) {
            return cases.values().stream().filter(c -> c.number().equals(number)).findFirst();
        }
    }

    /** Chains as the platform ships them: listing by the court leader; removal by the leader, then the center head. */
    static final class Approvals {
        final Map<Long, ApprovalView> store = new ConcurrentHashMap<>();
        final AtomicLong ids = new AtomicLong(100);

        public ApprovalView request(NewApproval n, Actor actor) {
            actor.require(Permissions.APPROVAL_REQUEST);
            boolean pending = store.values().stream().anyMatch(a -> a.caseId() == n.caseId() && a.type() == n.type()
                    && a.state() == ApprovalState.PENDING);
            if (pending) {
                throw new ConflictException("本案已有审批中的" + n.type().label() + "申请");
            }
            List<String> chain = n.type() == ApprovalType.RESTRICTION_REMOVAL
                    ? List.of(Roles.COURT_LEADER, Roles.CENTER_HEAD) : List.of(Roles.COURT_LEADER);
            List<ApprovalStep> steps = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                steps.add(new ApprovalStep(i, chain.get(i), null, null, null, null));
            }
            ApprovalView a = new ApprovalView(ids.incrementAndGet(), n.type(), n.caseId(), "(2026)豫1330执12号",
                    actor.username(), n.reason(), n.details(), ApprovalState.PENDING, steps, 0, Instant.now(), null, 0);
            store.put(a.id(), a);
            return a;
        }

        public ApprovalView decide(long id, Decision decision, String comment, Actor actor) {
            ApprovalView a = store.get(id);
            if (a.state() != ApprovalState.PENDING) {
                throw new ConflictException("已办结");
            }
            ApprovalStep open = a.steps().get(a.currentStep());
            if (!actor.hasRole(open.role())) {
                throw new AccessDeniedException("本环节须由" + open.role() + "审批");
            }
            List<ApprovalStep> steps = new ArrayList<>(a.steps());
            Instant at = Instant.parse("2026-03-02T02:00:00Z");
            steps.set(a.currentStep(), new ApprovalStep(open.index(), open.role(), actor.username(), decision, comment, at));
            boolean last = a.currentStep() == steps.size() - 1;
            boolean end = decision == Decision.REJECT || last;
            ApprovalState state = !end ? ApprovalState.PENDING
                    : decision == Decision.REJECT ? ApprovalState.REJECTED : ApprovalState.APPROVED;
            ApprovalView next = new ApprovalView(a.id(), a.type(), a.caseId(), a.caseNumber(), a.requester(), a.reason(),
                    a.details(), state, steps, end ? -1 : a.currentStep() + 1, a.requestedAt(), end ? decidedAt : null,
                    a.version() + 1);
            store.put(id, next);
            return next;
        }

        /** When final decisions are dated (tests move it to decide on another day). */
        Instant decidedAt = Instant.parse("2026-03-02T02:00:00Z");

        public ApprovalView get(long id, Actor actor) {
            ApprovalView a = store.get(id);
            if (a == null) {
                throw new NotFoundException("审批不存在");
            }
            return a;
        }
    }

    final class Nodes {
        final Map<Long, NodeView> nodes = new ConcurrentHashMap<>();
        final AtomicLong ids = new AtomicLong(500);

        public NodeView open(NewNode n, Actor actor) {
            LocalDateTime due = n.due();
            if (due == null && n.type().equals(NodeTypes.RESTRICTION_DELETE_AFTER_PERFORMANCE)) {
                due = calendar.due(n.from(), 3, DeadlineUnit.WORKING_DAYS).dueAt();
            }
            NodeView v = new NodeView(ids.incrementAndGet(), n.caseId(), "(2026)豫1330执12号", n.type(), n.label(),
                    n.from(), due, due, null, null, NodeState.OPEN, null, null, null);
            nodes.put(v.id(), v);
            return v;
        }

        public NodeView complete(long caseId, long nodeId, String note, Actor actor) {
            NodeView v = nodes.get(nodeId);
            NodeView done = new NodeView(v.id(), v.caseId(), v.caseNumber(), v.type(), v.label(), v.startedAt(),
                    v.dueAt(), v.warnAt(), v.responsible(), v.role(), NodeState.DONE, clock.localNow(), actor.username(),
                    note);
            nodes.put(nodeId, done);
            return done;
        }

        List<NodeView> ofType(String type) {
            return nodes.values().stream().filter(n -> n.type().equals(type)).toList();
        }
    }

    static final class Documents {
        final List<Sheet> sheets = new CopyOnWriteArrayList<>();
        final List<PdfDocument> pdfs = new CopyOnWriteArrayList<>();

        public byte[] xlsx(List<Sheet> s) {
            sheets.addAll(s);
            return new byte[] {'P', 'K'};
        }

        public byte[] pdf(List<PdfDocument> d) {
            pdfs.addAll(d);
            return new byte[] {'%', 'P', 'D', 'F'};
        }
    }

    static final class Staff {
        final List<Actor> people;

        Staff(List<Actor> people) {
            this.people = people;
        }

        public Optional<StaffMember> find(String username) {
            return people.stream().filter(a -> a.username().equals(username)).findFirst()
                    .map(a -> new StaffMember(a.username(), a.displayName(), "综合管理组", a.roles(), true));
        }
    }
}
