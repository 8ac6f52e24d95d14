package cn.ecc.core.internal.calendar;

import cn.ecc.api.calendar.CalendarDay;
import cn.ecc.api.calendar.DayKind;
import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.calendar.DueDate;
import cn.ecc.api.calendar.WorkCalendar;
import cn.ecc.api.calendar.YearCalendar;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day calendar from the holiday data files: those shipped in this bundle ({@code holidays/*.json}) and
 * those the court puts in its directory ({@code etc/ecc/holidays} by default). A change in the directory is seen
 * at the next question, without a restart.
 */
@Component(service = WorkCalendar.class, configurationPid = "ecc.calendar")
@Designate(ocd = CalendarConfig.class)
public class HolidayCalendar implements WorkCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendar.class);

    /** The end of a day-based deadline's last day. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** Bounds that keep a typing error from running for ages; far beyond any legal deadline. */
    static final int MAX_HOURS = 87_600;
    static final int MAX_DAYS = 3_660;
    static final int MAX_WORKING_DAYS = 2_500;
    static final int MAX_MONTHS = 120;

    /** How often the court's directory is looked at again: often enough for a person, rarely for a computation. */
    static final Duration RECHECK = Duration.ofSeconds(2);

    private final List<HolidayTable.Source> shipped;
    private final long recheckNanos;
    private volatile Path directory;
    private volatile Loaded loaded;

    /** The table with the directory listing it was built from, and when that listing was taken. */
    private record Loaded(List<String> signature, HolidayTable table, long checkedAt) {
    }

    @Activate
    public HolidayCalendar(BundleContext context, CalendarConfig config) {
        this(shipped(context.getBundle()), directory(config), RECHECK);
    }

    /**
     * @param shipped   the product's files
     * @param directory the court's directory; may be null or not exist
     * @param recheck   how long a look at the directory holds
     */
    HolidayCalendar(List<HolidayTable.Source> shipped, Path directory, Duration recheck) {
        this.shipped = List.copyOf(shipped);
        this.directory = directory;
        this.recheckNanos = recheck.toNanos();
    }

    @Modified
    void modified(CalendarConfig config) {
        directory = directory(config);
        loaded = null;
    }

    private static Path directory(CalendarConfig config) {
        String configured = config.holidayDirectory() == null ? "" : config.holidayDirectory().strip();
        if (!configured.isEmpty()) {
            return Paths.get(configured);
        }
        String etc = System.getProperty("karaf.etc");
        return etc == null ? null : Paths.get(etc, "ecc", "holidays");
    }

    private static List<HolidayTable.Source> shipped(Bundle bundle) {
        List<HolidayTable.Source> files = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries("holidays", "*.json", false);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                try (InputStream in = url.openStream()) {
                    String path = url.getPath();
                    files.add(new HolidayTable.Source(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read shipped holiday file " + url, e);
                }
            }
        }
        files.sort(java.util.Comparator.comparing(HolidayTable.Source::name));
        return files;
    }

    /** The current table, rebuilt when the directory's files changed since it was built. */
    HolidayTable table() {
        Loaded current = loaded;
        // elapsed time, not a date: the interval between two looks at the directory, never "now" for a deadline
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt() < recheckNanos) {
            return current.table();
        }
        List<String> signature = signature();
        if (current != null && current.signature().equals(signature)) {
            loaded = new Loaded(signature, current.table(), now);
            return current.table();
        }
        synchronized (this) {
            current = loaded;
            if (current != null && current.signature().equals(signature)) {
                return current.table();
            }
            HolidayTable table = HolidayTable.of(shipped, courtFiles());
            table.problems().forEach(p -> LOG.error("Holiday data: {}", p));
            loaded = new Loaded(signature, table, now);
            return table;
        }
    }

    /** Names, sizes and modification times of the court's files: cheap to compare on every question. */
    private List<String> signature() {
        Path dir = directory;
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> sig = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                sig.add(f.getFileName() + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis());
            }
        } catch (IOException e) {
            LOG.warn("Cannot list holiday directory {}: {}", dir, e.toString());
        }
        Collections.sort(sig);
        return sig;
    }

    private List<HolidayTable.Source> courtFiles() {
        Path dir = directory;
        List<HolidayTable.Source> files = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> paths = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : paths) {
                files.add(new HolidayTable.Source(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        } catch (IOException e) {
            LOG.warn("Cannot read holiday directory {}: {}", dir, e.toString());
        }
        files.sort(java.util.Comparator.comparing(HolidayTable.Source::name));
        return files;
    }

    @Override
    public DueDate due(LocalDateTime from, int amount, DeadlineUnit unit) {
        check(from, amount, unit);
        HolidayTable table = table();
        Set<Integer> touched = new TreeSet<>();
        LocalDate start = from.toLocalDate();
        LocalDate dueDate;
        switch (unit) {
            case HOURS -> dueDate = from.plusHours(amount).toLocalDate();
            case CALENDAR_DAYS -> dueDate = rollForward(table, start.plusDays(amount), touched);
            case MONTHS -> dueDate = rollForward(table, start.plusMonths(amount), touched);
            case WORKING_DAYS -> {
                LocalDate d = start;
                for (int counted = 0; counted < amount;) {
                    d = d.plusDays(1);
                    touched.add(d.getYear());
                    if (table.working(d)) {
                        counted++;
                    }
                }
                dueDate = d;
            }
            default -> throw new IllegalStateException("unit " + unit);
        }
        LocalDateTime dueAt = unit == DeadlineUnit.HOURS ? from.plusHours(amount) : dueDate.atTime(END_OF_DAY);
        return new DueDate(from, amount, unit, dueDate, dueAt, warnings(table, touched));
    }

    /** The date, or the first working day after it. */
    private static LocalDate rollForward(HolidayTable table, LocalDate date, Set<Integer> touched) {
        LocalDate d = date;
        touched.add(d.getYear());
        // the longest run of rest days (春节 with its weekends) is far below this bound
        for (int i = 0; i < 366 && !table.working(d); i++) {
            d = d.plusDays(1);
            touched.add(d.getYear());
        }
        return d;
    }

    private static List<String> warnings(HolidayTable table, Set<Integer> years) {
        List<String> warnings = new ArrayList<>();
        for (int year : years) {
            if (!table.official(year)) {
                warnings.add(missingYear(year));
            }
        }
        warnings.addAll(table.problems());
        return warnings;
    }

    static String missingYear(int year) {
        return year + "年的法定节假日安排尚无数据（缺少节假日数据文件 " + year + ".json），该年只按周末计算，结果可能不准确";
    }

    private static void check(LocalDateTime from, int amount, DeadlineUnit unit) {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("from", "必须填写"));
        }
        if (unit == null) {
            violations.add(new Violation("unit", "必须填写，可选：HOURS, CALENDAR_DAYS, WORKING_DAYS, MONTHS"));
        }
        if (amount < 0) {
            violations.add(new Violation("amount", "不能为负数"));
        } else if (unit != null && amount > max(unit)) {
            violations.add(new Violation("amount", "以" + unit.label() + "计不能超过 " + max(unit)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static int max(DeadlineUnit unit) {
        return switch (unit) {
            case HOURS -> MAX_HOURS;
            case CALENDAR_DAYS -> MAX_DAYS;
            case WORKING_DAYS -> MAX_WORKING_DAYS;
            case MONTHS -> MAX_MONTHS;
        };
    }

    @Override
    public CalendarDay day(LocalDate date) {
        if (date == null) {
            throw InvalidInputException.of("date", "必须填写");
        }
        return table().day(date);
    }

    @Override
    public boolean covers(int year) {
        return table().official(year);
    }

    @Override
    public YearCalendar year(int year) {
        if (year < 1990 || year > 2200) {
            throw InvalidInputException.of("year", "应为 1990 到 2200 之间的年份");
        }
        HolidayTable table = table();
        List<CalendarDay> special = table.specialDays(year);
        int working = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (table.working(d)) {
                working++;
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!table.official(year)) {
            warnings.add(missingYear(year));
        }
        warnings.addAll(table.problems());
        return new YearCalendar(year, table.official(year), table.sources(year), working,
                special.stream().filter(d -> !d.working()).toList(),
                special.stream().filter(d -> d.kind() == DayKind.MAKEUP_WORKDAY).toList(), warnings);
    }
}
