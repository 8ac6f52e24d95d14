package cn.ecc.web.internal.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.calendar.CalendarDay;
import cn.ecc.api.calendar.DayKind;
import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.calendar.DueDate;
import cn.ecc.api.calendar.WorkCalendar;
import cn.ecc.api.calendar.YearCalendar;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.common.Violation;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.RowHandler;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.docs.SpreadsheetFormat;
import cn.ecc.api.nodes.NodeState;
import cn.ecc.api.nodes.NodeWarning;
import cn.ecc.api.nodes.NodeWarningService;
import cn.ecc.api.nodes.ScanResult;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.time.EccClock;
import cn.ecc.rest.EccRest;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;

/** The deadline endpoints' parameters and answers, on the services' contracts (the services are tested in the core). */
class DeadlineResourcesTest {

    static final Actor READER = new Actor("clerk", "书记员", Set.of("clerk"), Set.of(Permissions.CALENDAR_READ,
            Permissions.NODE_LEDGER_READ));

    static SecurityContext as(Actor actor) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return actor;
            }

            @Override
            public boolean isUserInRole(String role) {
                return actor.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "TEST";
            }
        };
    }

    /** Answers what the real calendar answers for the cases used here (2026-02-13 + 3 working days). */
    static final class Calendar implements WorkCalendar {
        final List<Object[]> asked = new ArrayList<>();

        @Override
        public DueDate due(LocalDateTime from, int amount, DeadlineUnit unit) {
            asked.add(new Object[] {from, amount, unit});
            if (unit == DeadlineUnit.HOURS) {
                return new DueDate(from, amount, unit, from.plusHours(amount).toLocalDate(), from.plusHours(amount),
                        List.of());
            }
            LocalDate due = LocalDate.of(2026, 2, 25);
            return new DueDate(from, amount, unit, due, due.atTime(23, 59, 59),
                    from.getYear() == 2027 ? List.of("2027年的法定节假日安排尚无数据") : List.of());
        }

        @Override
        public CalendarDay day(LocalDate date) {
            return new CalendarDay(date, DayKind.WORKDAY, null);
        }

        @Override
        public boolean covers(int year) {
            return year < 2027;
        }

        @Override
        public YearCalendar year(int year) {
            return new YearCalendar(year, true, List.of(), 248, List.of(), List.of(), List.of());
        }
    }

    private final Calendar calendar = new Calendar();
    private final CalendarResource resource = new CalendarResource(calendar, new EccClock() {
        @Override
        public Instant now() {
            return LocalDateTime.of(2026, 3, 2, 9, 0).atZone(zone()).toInstant();
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }
    });

    @Test
    void theCalculatorAnswersDatesForDaysAndDateTimesForHours() {
        assertThat(resource.due("2026-02-13", "3", "WORKING_DAYS", as(READER)))
                .isEqualTo(new DueAnswer("2026-02-13", 3, "WORKING_DAYS", "2026-02-25", List.of()));
        assertThat(calendar.asked.get(0)).containsExactly(LocalDateTime.of(2026, 2, 13, 0, 0), 3,
                DeadlineUnit.WORKING_DAYS);
        assertThat(resource.due("2026-09-30T10:00", "72", "hours", as(READER)))
                .isEqualTo(new DueAnswer("2026-09-30T10:00", 72, "HOURS", "2026-10-03T10:00", List.of()));
        assertThat(resource.due("2027-02-13", "3", "CALENDAR_DAYS", as(READER)).warnings()).hasSize(1);
        assertThat(resource.today(as(READER)).now()).isEqualTo("2026-03-02T09:00");
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> resource.due(null, "x", "WEEKS", as(READER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("unit", "amount", "from"));
        assertThatThrownBy(() -> resource.due("2026-02-30", "3", "WORKING_DAYS", as(READER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("from"));
        assertThatThrownBy(() -> resource.due("2026-09-30T25:00", "3", "HOURS", as(READER)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> resource.year("twenty", as(READER))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> resource.due("2026-02-13", "3", "WORKING_DAYS",
                as(new Actor("x", "x", Set.of(), Set.of())))).isInstanceOf(AccessDeniedException.class);
        assertThat(Params.state("state", "due-soon")).isEqualTo(NodeState.DUE_SOON);
        assertThat(Params.state("state", "OVERDUE")).isEqualTo(NodeState.OVERDUE);
        assertThatThrownBy(() -> Params.state("state", "late")).isInstanceOf(InvalidInputException.class);
    }

    /** The ledger service answering one overdue row. */
    static final class Ledger implements NodeWarningService {
        static final NodeWarning ROW = new NodeWarning(1, 7, 3, "(2026)豫1330执1号", "send-initial-documents",
                "发送执行通知书等首批文书", NodeState.OVERDUE, LocalDateTime.of(2026, 3, 2, 9, 0),
                LocalDateTime.of(2026, 3, 5, 23, 59, 59), null, "clerk", LocalDateTime.of(2026, 3, 6, 10, 0),
                List.of(), List.of("chief"), null, null);

        @Override
        public ScanResult scan(Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<NodeWarning> ledger(LocalDate from, LocalDate to, NodeState state, PageRequest page, Actor actor) {
            actor.require(Permissions.NODE_LEDGER_READ);
            return new Page<>(List.of(ROW), 1, page.limit(), page.offset());
        }

        @Override
        public Sheet ledgerSheet(LocalDate from, LocalDate to, Actor actor) {
            actor.require(Permissions.NODE_LEDGER_READ);
            return new Sheet("节点期限预警台帐", "节点期限预警台帐", List.of("案号"), List.of(List.of(ROW.caseNumber())),
                    List.of());
        }
    }

    /** Renders a workbook as the document service would, keeping what it was asked. */
    static final class Documents implements DocumentService {
        final List<Sheet> rendered = new ArrayList<>();

        @Override
        public byte[] xlsx(List<Sheet> sheets) {
            rendered.addAll(sheets);
            return new byte[] {'P', 'K', 3, 4};
        }

        @Override
        public byte[] pdf(List<PdfDocument> documents) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void read(InputStream in, SpreadsheetFormat format, RowHandler handler) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void theLedgerIsAPageOrAWorkbook() {
        NodeWarningsResource ledger = new NodeWarningsResource(new Ledger());
        assertThat(ledger.answer("2026-03-01", "2026-03-31", null, null, null, null, "*/*", READER))
                .isEqualTo(new NodeWarningsResource.Json(new Page<>(List.of(Ledger.ROW), 1, 20, 0)));

        assertThat(ledger.answer("2026-03-01", null, null, "xlsx", null, null, null, READER))
                .isInstanceOfSatisfying(NodeWarningsResource.Unavailable.class,
                        u -> assertThat(u.message()).contains("ecc-docs"));

        Documents docs = new Documents();
        ledger.documents = docs;
        assertThat(ledger.answer("2026-03-01", "2026-03-31", null, "xlsx", null, null, null, READER))
                .isInstanceOfSatisfying(NodeWarningsResource.Workbook.class, w -> {
                    assertThat(w.bytes()).startsWith('P', 'K');
                    assertThat(w.fileName()).isEqualTo("节点期限预警台帐_2026-03-01_2026-03-31.xlsx");
                });
        assertThat(docs.rendered).extracting(Sheet::name).containsExactly("节点期限预警台帐");
        assertThat(ledger.answer(null, null, null, null, null, null, EccRest.XLSX, READER))
                .isInstanceOf(NodeWarningsResource.Workbook.class);
        assertThat(ledger.answer(null, null, null, "json", null, null, EccRest.XLSX, READER))
                .isInstanceOf(NodeWarningsResource.Json.class);

        assertThatThrownBy(() -> ledger.answer(null, null, null, "pdf", null, null, null, READER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("format"));
        assertThatThrownBy(() -> ledger.answer("2026-13-01", null, null, null, null, null, null, READER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ledger.answer(null, null, null, "xlsx", null, null, null,
                new Actor("x", "x", Set.of(), Set.of()))).isInstanceOf(AccessDeniedException.class);
    }
}
