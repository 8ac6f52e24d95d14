package cn.ecc.core.internal.nodes;

import static cn.ecc.core.internal.nodes.Engine.CLERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.nodes.NodeState;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.nodes.NodeWarning;
import cn.ecc.api.nodes.ScanResult;
import cn.ecc.api.notices.NewNotice;
import cn.ecc.api.notices.Notice;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.persistence.Transactions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NodeScannerTest {

    private final Engine e = new Engine(LocalDateTime.of(2026, 3, 2, 9, 0));
    private final NodeScanner scanner = e.scanner(500);
    private final Actor clerkInbox = new Actor("lou", "娄梦", Set.of(Roles.CLERK), Set.of());

    @AfterEach
    void tearDown() {
        e.close();
    }

    private long count(String entity) {
        return e.tx.read(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class)
                .getSingleResult());
    }

    private Page<NodeWarning> ledger(NodeState state) {
        return scanner.ledger(null, null, state, new PageRequest(100, 0), CLERK);
    }

    @Test
    void nodesBecomeDueSoonThenOverdueAndTheRightPeopleAreTold() {
        long caseId = e.file().id();
        assertThat(scanner.scan(CLERK)).extracting(ScanResult::ran, ScanResult::dueSoon, ScanResult::overdue)
                .containsExactly(true, 0, 0);

        e.at(2026, 3, 4, 10, 0);
        ScanResult first = scanner.scan(CLERK);
        assertThat(first.dueSoon()).isEqualTo(2);
        assertThat(first.overdue()).isZero();
        assertThat(first.notices()).isEqualTo(2);
        assertThat(ledger(NodeState.DUE_SOON).items()).extracting(NodeWarning::type)
                .containsExactlyInAnyOrder(NodeTypes.NATIONAL_INQUIRY, NodeTypes.SEND_INITIAL_DOCUMENTS);
        assertThat(ledger(NodeState.OVERDUE).total()).isZero();

        Page<Notice> inbox = e.notices.inbox(clerkInbox, false, PageRequest.first());
        assertThat(inbox.items()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("node.due-soon");
            assertThat(n.role()).isEqualTo(Roles.CLERK);
            assertThat(n.title()).contains("即将到期").contains("发送执行通知书等首批文书");
            assertThat(n.body()).contains("2026-03-05 23:59");
            assertThat(n.caseId()).isEqualTo(caseId);
        });

        e.at(2026, 3, 6, 10, 0);
        ScanResult second = scanner.scan(CLERK);
        assertThat(second.overdue()).isEqualTo(2);
        assertThat(second.dueSoon()).isEqualTo(2);
        // each overdue node: its own role and the chief; each node due soon: its own role
        assertThat(second.notices()).isEqualTo(6);
        List<NodeWarning> overdue = ledger(NodeState.OVERDUE).items();
        assertThat(overdue).extracting(NodeWarning::type).containsExactly(NodeTypes.SEND_INITIAL_DOCUMENTS,
                NodeTypes.NATIONAL_INQUIRY);
        assertThat(overdue).allSatisfy(w -> {
            assertThat(w.reportedTo()).isEmpty();
            assertThat(w.reportedToRoles()).containsExactly(Roles.CHIEF);
            assertThat(w.detectedAt()).isEqualTo(LocalDateTime.of(2026, 3, 6, 10, 0));
            assertThat(w.completedAt()).isNull();
        });
        Actor chief = new Actor("xuwei", "徐伟", Set.of(Roles.CHIEF), Set.of());
        assertThat(e.notices.inbox(chief, true, PageRequest.first()).items()).hasSize(2)
                .allSatisfy(n -> assertThat(n.kind()).isEqualTo("node.overdue.report"));
        assertThat(e.notices.inbox(clerkInbox, true, PageRequest.first()).items()).extracting(Notice::kind)
                .containsExactly("node.overdue", "node.due-soon");

        // nothing is warned twice
        assertThat(scanner.scan(CLERK)).extracting(ScanResult::dueSoon, ScanResult::overdue, ScanResult::notices)
                .containsExactly(0, 0, 0);
        assertThat(count("NoticeEntity")).isEqualTo(8);
        assertThat(count("NodeWarningEntity")).isEqualTo(6);

        // completed later: the ledger shows when
        e.at(2026, 3, 7, 9, 30);
        e.nodes.completeOpen(caseId, NodeTypes.SEND_INITIAL_DOCUMENTS, "补发", CLERK);
        NodeWarning late = ledger(NodeState.OVERDUE).items().get(0);
        assertThat(late.completedAt()).isEqualTo(LocalDateTime.of(2026, 3, 7, 9, 30));
        assertThat(late.completedBy()).isEqualTo(CLERK.username());
    }

    @Test
    void theChiefIsToldByNameWhenTheStaffDirectoryIsInstalled() {
        scanner.staff = new Staff(List.of(new StaffMember("xuwei", "徐伟", null, Set.of(Roles.CHIEF), true),
                new StaffMember("former", "前任", null, Set.of(Roles.CHIEF), false)));
        long caseId = e.file().id();
        e.cases.assignHandler(caseId, "dengwd", CLERK);
        e.at(2026, 4, 3, 10, 0);
        scanner.scan(CLERK);

        NodeWarning property = ledger(NodeState.OVERDUE).items().stream()
                .filter(w -> w.type().equals(NodeTypes.PROPERTY_INVESTIGATION)).findFirst().orElseThrow();
        assertThat(property.responsible()).isEqualTo("dengwd");
        assertThat(property.reportedTo()).containsExactly("xuwei");
        assertThat(property.reportedToRoles()).isEmpty();

        Actor handler = new Actor("dengwd", "邓卫东", Set.of(Roles.JUDGE), Set.of());
        assertThat(e.notices.inbox(handler, false, PageRequest.first()).items()).extracting(Notice::kind)
                .containsExactly("node.overdue");
        Actor xuwei = new Actor("xuwei", "徐伟", Set.of(), Set.of());
        assertThat(e.notices.inbox(xuwei, false, new PageRequest(50, 0)).items())
                .extracting(Notice::recipient).containsOnly("xuwei").hasSize(4);
    }

    @Test
    void aNodeDoneInTimeIsNeverWarnedAndALateScanWarnsOverdueOnly() {
        long caseId = e.file().id();
        e.nodes.completeOpen(caseId, NodeTypes.NATIONAL_INQUIRY, null, CLERK);
        e.at(2026, 3, 6, 10, 0);
        ScanResult r = scanner.scan(CLERK);
        // send-initial-documents passed its warning period unseen: overdue, never "due soon"
        assertThat(r.overdue()).isEqualTo(1);
        assertThat(ledger(NodeState.DUE_SOON).items()).extracting(NodeWarning::type)
                .containsExactlyInAnyOrder(NodeTypes.ASSIGN_HANDLER, NodeTypes.POINT_INQUIRY);
        assertThat(ledger(NodeState.OVERDUE).items()).extracting(NodeWarning::type)
                .containsExactly(NodeTypes.SEND_INITIAL_DOCUMENTS);
    }

    @Test
    void aMovedDeadlineIsWarnedAboutAgain() {
        long caseId = e.file().id();
        e.at(2026, 9, 3, 9, 0);
        scanner.scan(CLERK);
        assertThat(ledger(NodeState.OVERDUE).items()).extracting(NodeWarning::type).contains(NodeTypes.CASE_TERM);

        // an approved extension: the term runs again, and is warned about anew when it comes close
        e.nodes.extend(caseId, 30, 5, Actor.system());
        assertThat(scanner.scan(CLERK).overdue()).isZero();
        e.at(2026, 10, 9, 9, 0);
        assertThat(scanner.scan(CLERK).overdue()).isEqualTo(1);
        assertThat(ledger(NodeState.OVERDUE).items()).filteredOn(w -> w.type().equals(NodeTypes.CASE_TERM))
                .extracting(w -> w.dueAt().toLocalDate())
                .containsExactly(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 9, 2));
    }

    @Test
    void theDatabaseRefusesASecondWarningOrNoticeEvenIfACheckIsRaced() {
        e.file();
        e.at(2026, 3, 6, 10, 0);
        scanner.scan(CLERK);
        NodeWarningEntity first = e.tx.read(em -> em.createQuery("SELECT w FROM NodeWarningEntity w",
                NodeWarningEntity.class).setMaxResults(1).getSingleResult());
        assertThatThrownBy(() -> e.tx.required(em -> {
            NodeWarningEntity copy = new NodeWarningEntity();
            copy.nodeId = first.nodeId;
            copy.caseId = first.caseId;
            copy.caseNumber = first.caseNumber;
            copy.type = first.type;
            copy.label = first.label;
            copy.state = first.state;
            copy.startedAt = first.startedAt;
            copy.dueAt = first.dueAt;
            copy.role = first.role;
            copy.detectedAt = first.detectedAt;
            copy.reportedTo = "";
            copy.reportedToRoles = "";
            em.persist(copy);
            em.flush();
            return null;
        })).matches(Transactions::isUniqueViolation, "a unique-constraint violation");

        NoticeEntity notice = e.tx.read(em -> em.createQuery("SELECT n FROM NoticeEntity n", NoticeEntity.class)
                .setMaxResults(1).getSingleResult());
        assertThatThrownBy(() -> e.tx.required(em -> {
            NoticeEntity copy = new NoticeEntity();
            copy.recipientKey = notice.recipientKey;
            copy.key = notice.key;
            copy.kind = notice.kind;
            copy.title = notice.title;
            copy.createdAt = notice.createdAt;
            em.persist(copy);
            em.flush();
            return null;
        })).matches(Transactions::isUniqueViolation, "a unique-constraint violation");
    }

    @Test
    void oneScanAtATimeAcrossInstances() {
        e.file();
        e.at(2026, 3, 6, 10, 0);
        NodeScanner other = e.scanner(500);
        assertThat(other.acquire("other-instance")).isNull();

        ScanResult refused = scanner.scan(CLERK);
        assertThat(refused.ran()).isFalse();
        assertThat(refused.message()).contains("other-instance");
        assertThat(count("NodeWarningEntity")).isZero();

        other.release("other-instance", "done");
        assertThat(scanner.scan(CLERK).ran()).isTrue();
        assertThat(count("NodeWarningEntity")).isEqualTo(4);
    }

    @Test
    void theLeaseOfAnInstanceThatDiedEndsByItself() {
        e.file();
        e.at(2026, 3, 6, 10, 0);
        assertThat(e.scanner(500).acquire("died")).isNull();
        assertThat(scanner.scan(CLERK).ran()).isFalse();
        e.clock.advance(Duration.ofMinutes(16));
        assertThat(scanner.scan(CLERK).ran()).isTrue();
    }

    @Test
    void concurrentScansWarnEveryNodeExactlyOnce() throws Exception {
        int cases = 25;
        for (int i = 0; i < cases; i++) {
            e.file();
        }
        e.at(2026, 3, 6, 10, 0);
        List<NodeScanner> instances = List.of(e.scanner(7), e.scanner(7), e.scanner(7));
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        try {
            List<Callable<ScanResult>> work = new ArrayList<>();
            for (NodeScanner s : instances) {
                work.add(() -> s.scan(CLERK));
                work.add(() -> s.scan(CLERK));
            }
            int dueSoon = 0;
            int overdue = 0;
            int notices = 0;
            for (Future<ScanResult> f : pool.invokeAll(work)) {
                ScanResult r = f.get();
                dueSoon += r.dueSoon();
                overdue += r.overdue();
                notices += r.notices();
            }
            assertThat(overdue).isEqualTo(2 * cases);
            assertThat(dueSoon).isEqualTo(2 * cases);
            assertThat(notices).isEqualTo(6 * cases);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("NodeWarningEntity")).isEqualTo(4L * cases);
        assertThat(count("NoticeEntity")).isEqualTo(6L * cases);
        // and one more scan finds nothing left
        assertThat(e.scanner(7).scan(CLERK).overdue()).isZero();
    }

    @Test
    void aScanWorksThroughMoreNodesThanOneBatch() {
        for (int i = 0; i < 3; i++) {
            e.file();
        }
        e.at(2026, 3, 6, 10, 0);
        ScanResult r = e.scanner(1).scan(CLERK);
        assertThat(r.overdue() + r.dueSoon()).isEqualTo(12);
        assertThat(count("NodeWarningEntity")).isEqualTo(12);
    }

    @Test
    void theLedgerExportsItsOverdueRows() {
        long caseId = e.file().id();
        e.at(2026, 3, 6, 10, 0);
        scanner.scan(CLERK);
        e.nodes.completeOpen(caseId, NodeTypes.NATIONAL_INQUIRY, null, CLERK);

        Sheet sheet = scanner.ledgerSheet(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), CLERK);
        assertThat(sheet.title()).isEqualTo("节点期限预警台帐（期限 2026-03-01 至 2026-03-31）");
        assertThat(sheet.headers()).startsWith("序号", "案号", "节点").contains("报告对象", "超期天数");
        assertThat(sheet.rows()).hasSize(2);
        List<Object> national = sheet.rows().stream().filter(r -> r.get(2).equals("总对总网络查控")).findFirst()
                .orElseThrow();
        assertThat(national.get(4)).isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 0));
        assertThat(national.get(5)).isEqualTo("集中查控");
        assertThat(national.get(7)).isEqualTo("执行局长");
        assertThat(national.get(8)).isEqualTo(LocalDateTime.of(2026, 3, 6, 10, 0));
        assertThat(national.get(9)).isEqualTo(1L);
        assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("制表人：牛瀚"));

        assertThat(scanner.ledger(LocalDate.of(2026, 4, 1), null, null, null, CLERK).total()).isZero();
        assertThat(scanner.ledger(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5), null, null, CLERK).total())
                .isEqualTo(2);
        assertThatThrownBy(() -> scanner.ledger(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4), null, null,
                CLERK)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> scanner.ledger(null, null, NodeState.DONE, null, CLERK))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> scanner.ledger(null, null, null, null, Engine.with("x", Permissions.NODE_READ)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scanner.scan(Engine.with("x", Permissions.NODE_READ)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void inboxesAreReadAndMarkedByTheirOwners() {
        Optional<Notice> sent = e.notices.send(new NewNotice("dengwd", null, "test", "请阅", null, null, null, null,
                "k1"), CLERK);
        assertThat(sent).isPresent();
        assertThat(e.notices.send(new NewNotice("dengwd", null, "test", "请阅", null, null, null, null, "k1"), CLERK))
                .isEmpty();
        assertThatThrownBy(() -> e.notices.send(new NewNotice("dengwd", "clerk", "", null, null, null, null, null,
                null), CLERK)).isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.violations())
                        .extracting(v -> v.field()).containsExactly("recipient", "kind", "title"));
        assertThatThrownBy(() -> e.notices.send(new NewNotice("dengwd", null, "k", "t", null, null, null, null, null),
                Engine.with("x"))).isInstanceOf(AccessDeniedException.class);

        Actor deng = new Actor("dengwd", "邓卫东", Set.of(Roles.JUDGE), Set.of());
        assertThat(e.notices.inbox(deng, true, PageRequest.first()).total()).isEqualTo(1);
        assertThatThrownBy(() -> e.notices.markRead(sent.get().id(), clerkInbox)).isInstanceOf(NotFoundException.class);
        e.at(2026, 3, 2, 10, 0);
        Notice read = e.notices.markRead(sent.get().id(), deng);
        assertThat(read.readAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 0));
        assertThat(e.notices.inbox(deng, true, PageRequest.first()).total()).isZero();
        assertThat(e.notices.inbox(deng, false, PageRequest.first()).total()).isEqualTo(1);
    }

    /** The staff directory as the security area's would answer. */
    private record Staff(List<StaffMember> members) implements StaffDirectory {

        @Override
        public Optional<StaffMember> find(String username) {
            return members.stream().filter(m -> m.username().equals(username)).findFirst();
        }

        @Override
        public List<StaffMember> withRole(String role) {
            return members.stream().filter(m -> m.hasRole(role)).toList();
        }

        @Override
        public Optional<Actor> actor(String username) {
            return Optional.empty();
        }
    }
}
