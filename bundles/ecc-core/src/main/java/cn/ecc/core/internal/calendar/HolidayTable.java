package cn.ecc.core.internal.calendar;

import cn.ecc.api.calendar.CalendarDay;
import cn.ecc.api.calendar.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The calendar's data at one moment: every day that is not an ordinary weekday or weekend, the years whose
 * official arrangement is known, and the problems of files that could not be used. Immutable.
 */
final class HolidayTable {

    /** A data file as read: its name (for messages) and content. */
    record Source(String name, byte[] content) {
    }

    private final Map<LocalDate, CalendarDay> special;
    private final Map<Integer, List<String>> sources;
    private final Set<Integer> official;
    private final List<String> problems;

    private HolidayTable(Map<LocalDate, CalendarDay> special, Map<Integer, List<String>> sources,
            Set<Integer> official, List<String> problems) {
        this.special = special;
        this.sources = sources;
        this.official = official;
        this.problems = problems;
    }

    /**
     * Builds the table. A court's file for a year replaces the shipped file of that year; local files (without a
     * year) apply on top, in name order. A file that cannot be read is left out and named in {@link #problems()}.
     *
     * @param shipped the files in the product
     * @param court   the files the court added, in name order
     */
    static HolidayTable of(List<Source> shipped, List<Source> court) {
        List<String> problems = new ArrayList<>();
        Map<Integer, HolidayFile> years = new TreeMap<>();
        List<HolidayFile> local = new ArrayList<>();
        for (Source s : shipped) {
            HolidayFile f = read(s, problems, "产品自带");
            if (f != null && f.official()) {
                years.put(f.year(), f);
            }
        }
        for (Source s : court) {
            HolidayFile f = read(s, problems, "本院");
            if (f == null) {
                continue;
            }
            if (f.official()) {
                years.put(f.year(), f);
            } else {
                local.add(f);
            }
        }
        Map<LocalDate, CalendarDay> special = new HashMap<>();
        Map<Integer, Set<String>> sources = new TreeMap<>();
        for (HolidayFile f : years.values()) {
            sources.computeIfAbsent(f.year(), y -> new LinkedHashSet<>()).add(f.source());
            f.days().forEach(d -> special.put(d.date(), d));
        }
        for (HolidayFile f : local) {
            for (CalendarDay d : f.days()) {
                special.put(d.date(), d);
                sources.computeIfAbsent(d.date().getYear(), y -> new LinkedHashSet<>()).add(f.source());
            }
        }
        Map<Integer, List<String>> sourceLists = new TreeMap<>();
        sources.forEach((y, s) -> sourceLists.put(y, List.copyOf(s)));
        return new HolidayTable(Map.copyOf(special), Collections.unmodifiableMap(sourceLists),
                Set.copyOf(years.keySet()), List.copyOf(problems));
    }

    private static HolidayFile read(Source s, List<String> problems, String origin) {
        try {
            return HolidayFile.parse(s.name(), s.content());
        } catch (IllegalArgumentException e) {
            problems.add(origin + "节假日数据文件 " + s.name() + " 未能使用：" + e.getMessage());
            return null;
        }
    }

    CalendarDay day(LocalDate date) {
        CalendarDay d = special.get(date);
        if (d != null) {
            return d;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new CalendarDay(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null);
    }

    boolean working(LocalDate date) {
        return day(date).working();
    }

    boolean official(int year) {
        return official.contains(year);
    }

    List<String> sources(int year) {
        return sources.getOrDefault(year, List.of());
    }

    /** Files that could not be used, in Chinese, for every answer to carry until they are fixed. */
    List<String> problems() {
        return problems;
    }

    /** The special days of a year, by date. */
    List<CalendarDay> specialDays(int year) {
        return special.values().stream().filter(d -> d.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(CalendarDay::date)).toList();
    }
}
