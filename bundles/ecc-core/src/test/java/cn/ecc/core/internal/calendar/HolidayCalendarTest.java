package cn.ecc.core.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.calendar.CalendarDay;
import cn.ecc.api.calendar.DayKind;
import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.calendar.DueDate;
import cn.ecc.api.calendar.YearCalendar;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = Calendars.shipped();

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # the issue's example: 2/14 (Sat) is a make-up working day, 春节 2/15-2/23
            2026-02-13 | 3  | WORKING_DAYS  | 2026-02-25 | 春节 2026
            2026-02-13 | 1  | WORKING_DAYS  | 2026-02-14 | make-up Saturday counts
            2026-02-13 | 2  | WORKING_DAYS  | 2026-02-24 | the holiday is skipped whole
            2026-02-13 | 0  | WORKING_DAYS  | 2026-02-13 | nothing to count
            2026-02-26 | 2  | WORKING_DAYS  | 2026-02-28 | second make-up Saturday of 春节 2026
            2025-01-24 | 1  | WORKING_DAYS  | 2025-01-26 | make-up Sunday before 春节 2025
            2025-01-24 | 2  | WORKING_DAYS  | 2025-01-27 | Monday after it
            2025-01-24 | 3  | WORKING_DAYS  | 2025-02-05 | 春节 2025 1/28-2/4 skipped
            2025-02-05 | 3  | WORKING_DAYS  | 2025-02-08 | make-up Saturday after 春节 2025
            2025-09-26 | 1  | WORKING_DAYS  | 2025-09-28 | make-up Sunday before 国庆 2025
            2025-09-30 | 1  | WORKING_DAYS  | 2025-10-09 | 国庆·中秋 2025 10/1-10/8 skipped
            2025-09-30 | 3  | WORKING_DAYS  | 2025-10-11 | make-up Saturday after 国庆 2025
            2026-09-18 | 1  | WORKING_DAYS  | 2026-09-20 | make-up Sunday before 国庆 2026
            2026-09-30 | 3  | WORKING_DAYS  | 2026-10-10 | 国庆 2026 10/1-10/7, make-up 10/10
            2026-03-02 | 5  | WORKING_DAYS  | 2026-03-09 | ordinary weekend skipped
            2026-03-02 | 3  | CALENDAR_DAYS | 2026-03-05 | ordinary
            2026-03-04 | 3  | CALENDAR_DAYS | 2026-03-09 | ends on Saturday: moves to Monday
            2026-02-10 | 7  | CALENDAR_DAYS | 2026-02-24 | ends in 春节 2026: first working day after
            2026-02-11 | 3  | CALENDAR_DAYS | 2026-02-14 | ends on a make-up Saturday: stays
            2025-09-24 | 7  | CALENDAR_DAYS | 2025-10-09 | ends in 国庆 2025
            2025-09-21 | 7  | CALENDAR_DAYS | 2025-09-28 | ends on the make-up Sunday: stays
            2025-12-29 | 3  | CALENDAR_DAYS | 2026-01-04 | ends on 元旦 2026 1/1-1/3: moves to the make-up Sunday 1/4
            2026-03-02 | 0  | CALENDAR_DAYS | 2026-03-02 | zero days: the start's date
            2026-03-02 | 6  | MONTHS        | 2026-09-02 | the case term
            2026-01-31 | 1  | MONTHS        | 2026-02-28 | no Feb 31: the month's last day, a make-up Saturday
            2025-01-31 | 1  | MONTHS        | 2025-02-28 | no Feb 31 in 2025
            2026-03-31 | 1  | MONTHS        | 2026-04-30 | no Apr 31
            2025-08-31 | 1  | MONTHS        | 2025-09-30 | no Sep 31
            2025-04-01 | 6  | MONTHS        | 2025-10-09 | ends on 国庆 2025
            2026-08-15 | 1  | MONTHS        | 2026-09-15 | ordinary
            2025-11-15 | 3  | MONTHS        | 2026-02-24 | ends in 春节 2026, across the year
            """)
    void dayBasedDeadlines(String from, int amount, DeadlineUnit unit, String due, String why) {
        DueDate d = calendar.due(LocalDate.parse(from), amount, unit);
        assertThat(d.dueDate()).as(why).isEqualTo(LocalDate.parse(due));
        assertThat(d.dueAt()).isEqualTo(LocalDate.parse(due).atTime(23, 59, 59));
        assertThat(d.warnings()).as(why).isEmpty();
    }

    @Test
    void hoursAreExactAndNeverMoved() {
        DueDate d = calendar.due(LocalDateTime.of(2026, 9, 30, 10, 0), 72, DeadlineUnit.HOURS);
        assertThat(d.dueAt()).isEqualTo(LocalDateTime.of(2026, 10, 3, 10, 0));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(d.warnings()).isEmpty();
        // no data for 2027 matters nothing to hours
        assertThat(calendar.due(LocalDateTime.of(2027, 1, 1, 0, 0), 24, DeadlineUnit.HOURS).warnings()).isEmpty();
    }

    @Test
    void aYearWithoutDataCountsWeekendsOnlyAndSaysSo() {
        DueDate leap = calendar.due(LocalDate.of(2028, 1, 31), 1, DeadlineUnit.MONTHS);
        assertThat(leap.dueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(leap.warnings()).singleElement().asString().contains("2028").contains("2028.json");

        DueDate leapDay = calendar.due(LocalDate.of(2028, 2, 28), 1, DeadlineUnit.CALENDAR_DAYS);
        assertThat(leapDay.dueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(leapDay.warnings()).hasSize(1);

        // from 2026 (known) into 2027 (unknown): 2027-01-01 is a Friday, counted as a working day
        DueDate across = calendar.due(LocalDate.of(2026, 12, 30), 3, DeadlineUnit.WORKING_DAYS);
        assertThat(across.dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(across.warnings()).singleElement().asString().contains("2027");

        // a day count that ends in 2026 needs no 2027 data
        assertThat(calendar.due(LocalDate.of(2026, 12, 1), 3, DeadlineUnit.CALENDAR_DAYS).warnings()).isEmpty();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> calendar.due((LocalDateTime) null, -1, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("from", "unit", "amount"));
        assertThatThrownBy(() -> calendar.due(LocalDate.of(2026, 1, 1), 121, DeadlineUnit.MONTHS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("amount"));
        assertThatThrownBy(() -> calendar.year(1800)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aYearListsItsRestDaysAndMakeUpDays() {
        YearCalendar y = calendar.year(2026);
        assertThat(y.official()).isTrue();
        assertThat(y.sources()).singleElement().asString().contains("2026");
        assertThat(y.workingDays()).isEqualTo(248);
        assertThat(y.restDays()).hasSize(33).first().isEqualTo(
                new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "元旦"));
        assertThat(y.workdays()).extracting(CalendarDay::date).containsExactly(LocalDate.of(2026, 1, 4),
                LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9),
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(y.warnings()).isEmpty();

        assertThat(calendar.year(2025).workingDays()).isEqualTo(248);
        YearCalendar unknown = calendar.year(2027);
        assertThat(unknown.official()).isFalse();
        assertThat(unknown.workingDays()).isEqualTo(261);
        assertThat(unknown.warnings()).hasSize(1);

        assertThat(calendar.day(LocalDate.of(2026, 2, 14)).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.day(LocalDate.of(2026, 2, 16)).name()).isEqualTo("春节");
        assertThat(calendar.day(LocalDate.of(2026, 3, 7)).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
    }

    @Test
    void aCourtAddsAYearAndALocalClosureWithoutARestart(@TempDir Path dir) throws IOException {
        HolidayCalendar cal = Calendars.withDirectory(dir);
        assertThat(cal.covers(2027)).isFalse();

        write(dir.resolve("2027.json"), """
                {"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知",
                 // 元旦 2027: Fri 1/1 to Sun 1/3
                 "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
                 "workdays": []}
                """);
        assertThat(cal.covers(2027)).isTrue();
        DueDate across = cal.due(LocalDate.of(2026, 12, 30), 3, DeadlineUnit.WORKING_DAYS);
        assertThat(across.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(across.warnings()).isEmpty();

        write(dir.resolve("local-flood.json"), """
                {"source": "本院关于汛期停止办公的通知",
                 "closures": [{"name": "汛期停止办公", "from": "2026-07-13", "to": "2026-07-14"}]}
                """);
        assertThat(cal.day(LocalDate.of(2026, 7, 13)).kind()).isEqualTo(DayKind.CLOSURE);
        assertThat(cal.due(LocalDate.of(2026, 7, 10), 1, DeadlineUnit.WORKING_DAYS).dueDate())
                .isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(cal.due(LocalDate.of(2026, 7, 10), 3, DeadlineUnit.CALENDAR_DAYS).dueDate())
                .isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(cal.year(2026).sources()).hasSize(2);
    }

    @Test
    void aCourtFileReplacesTheShippedYear(@TempDir Path dir) throws IOException {
        HolidayCalendar cal = Calendars.withDirectory(dir);
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        write(dir.resolve("2026.json"), """
                {"year": 2026, "source": "本院更正", "holidays": [{"name": "春节", "from": "2026-02-14", "to": "2026-02-23"}]}
                """);
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(cal.year(2026).sources()).containsExactly("本院更正");
    }

    @Test
    void aBrokenFileIsReportedNeverSilentlyIgnored(@TempDir Path dir) throws IOException {
        HolidayCalendar cal = Calendars.withDirectory(dir);
        write(dir.resolve("2027.json"), """
                {"year": 2027, "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-02-30"}]}
                """);
        assertThat(cal.covers(2027)).isFalse();
        DueDate d = cal.due(LocalDate.of(2026, 3, 2), 3, DeadlineUnit.WORKING_DAYS);
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(d.warnings()).singleElement().asString().contains("2027.json").contains("holidays[0].to");
        assertThat(cal.year(2026).warnings()).hasSize(1);

        // fixed: the warning goes away
        write(dir.resolve("2027.json"), """
                {"year": 2027, "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}]}
                """);
        assertThat(cal.due(LocalDate.of(2026, 3, 2), 3, DeadlineUnit.WORKING_DAYS).warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"year": 2027, "holiday": []}                                                        | 未知字段 "holiday"
            [1, 2]                                                                               | JSON 对象
            {"year": "2027"}                                                                     | year
            {"year": 2027, "holidays": [{"from": "2027-01-01", "to": "2027-01-03"}]}             | name
            {"year": 2027, "holidays": [{"name": "x", "from": "2027-01-03", "to": "2027-01-01"}]} | to 早于 from
            {"year": 2027, "workdays": [{"name": "x", "from": "2027-01-03", "to": "2027-01-04"}]} | date
            {"year": 2027, "closures": []}                                                       | closures
            {"holidays": []}                                                                     | year
            {"year": 2027, "holidays": [{"name": "a", "date": "2027-01-01"}], "workdays": [{"name": "b", "date": "2027-01-01"}]} | 重复
            {"year": 2027,                                                                       | JSON
            """)
    void fileProblemsAreExplained(String content, String expected) {
        assertThatThrownBy(() -> HolidayFile.parse("x.json", content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(expected);
    }

    private static void write(Path file, String content) throws IOException {
        boolean existed = Files.exists(file);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        if (existed) {
            // a rewrite within the same millisecond must still be seen as a change
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        }
    }
}
