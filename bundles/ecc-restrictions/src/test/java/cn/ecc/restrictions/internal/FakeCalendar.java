package cn.ecc.restrictions.internal;

import cn.ecc.api.calendar.CalendarDay;
import cn.ecc.api.calendar.DayKind;
import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.calendar.DueDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working-day calendar as the API describes it, on the official arrangements of 2025 and 2026 (国务院办公厅
 * notices), and whatever years a test adds: a stand-in for the core's calendar in this area's unit tests.
 */
final class FakeCalendar {

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeUpDays = new HashSet<>();
    private final Set<Integer> years = new TreeSet<>();

    FakeCalendar() {
        year(2025, new String[] {"2025-01-01", "2025-01-28/2025-02-04", "2025-04-04/2025-04-06",
            "2025-05-01/2025-05-05", "2025-05-31/2025-06-02", "2025-10-01/2025-10-08"},
                "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
        year(2026, new String[] {"2026-01-01/2026-01-03", "2026-02-15/2026-02-23", "2026-04-04/2026-04-06",
            "2026-05-01/2026-05-05", "2026-06-19/2026-06-21", "2026-09-25/2026-09-27", "2026-10-01/2026-10-07"},
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
    }

    /** Adds a year's arrangement: holidays as dates or from/to ranges, then make-up working days. */
    FakeCalendar year(int year, String[] rest, String... workdays) {
        for (String r : rest) {
            String[] p = r.split("/");
            LocalDate from = LocalDate.parse(p[0]);
            LocalDate to = p.length > 1 ? LocalDate.parse(p[1]) : from;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                holidays.add(d);
            }
        }
        for (String w : workdays) {
            makeUpDays.add(LocalDate.parse(w));
        }
        years.add(year);
        return this;
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public CalendarDay day(LocalDate date) {
        if (makeUpDays.contains(date)) {
            return new CalendarDay(date, DayKind.MAKEUP_WORKDAY, "调休上班");
        }
        if (holidays.contains(date)) {
            return new CalendarDay(date, DayKind.HOLIDAY, "节假日");
        }
        DayOfWeek w = date.getDayOfWeek();
        return new CalendarDay(date, w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY,
                null);
    }

    public DueDate due(LocalDateTime from, int amount, DeadlineUnit unit) {
        Set<Integer> touched = new TreeSet<>();
        LocalDate start = from.toLocalDate();
        touched.add(start.getYear());
        LocalDate due;
        switch (unit) {
            case HOURS -> {
                LocalDateTime at = from.plusHours(amount);
                return new DueDate(from, amount, unit, at.toLocalDate(), at, List.of());
            }
            case CALENDAR_DAYS -> due = nextWorking(start.plusDays(amount), touched);
            case MONTHS -> due = nextWorking(start.plusMonths(amount), touched);
            case WORKING_DAYS -> {
                LocalDate d = start;
                int left = amount;
                while (left > 0) {
                    d = d.plusDays(1);
                    touched.add(d.getYear());
                    if (day(d).working()) {
                        left--;
                    }
                }
                due = d;
            }
            default -> throw new IllegalArgumentException(unit.name());
        }
        List<String> warnings = new ArrayList<>();
        for (int y = start.getYear(); y <= due.getYear(); y++) {
            if (!years.contains(y)) {
                warnings.add(y + "年节假日安排尚未公布，仅按周末计算");
            }
        }
        return new DueDate(from, amount, unit, due, due.atTime(LocalTime.of(23, 59, 59)), warnings);
    }

    private LocalDate nextWorking(LocalDate d, Set<Integer> touched) {
        LocalDate x = d;
        while (!day(x).working()) {
            x = x.plusDays(1);
        }
        touched.add(x.getYear());
        return x;
    }
}
