package cn.ecc.core.internal.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The calendar with the product's shipped holiday files, for tests of the core. */
public final class Calendars {

    private Calendars() {
    }

    /** The shipped files as the bundle carries them (target/classes/holidays). */
    static List<HolidayTable.Source> shippedFiles() {
        try {
            Path dir = Paths.get(Calendars.class.getClassLoader().getResource("holidays").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
                    try {
                        return new HolidayTable.Source(f.getFileName().toString(), Files.readAllBytes(f));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped calendar, without a court directory. */
    public static HolidayCalendar shipped() {
        return new HolidayCalendar(shippedFiles(), null, HolidayCalendar.RECHECK);
    }

    /** The shipped calendar with a court directory, looked at on every question. */
    public static HolidayCalendar withDirectory(Path directory) {
        return new HolidayCalendar(shippedFiles(), directory, java.time.Duration.ZERO);
    }
}
