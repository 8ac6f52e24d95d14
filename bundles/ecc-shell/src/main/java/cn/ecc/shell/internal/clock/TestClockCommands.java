package cn.ecc.shell.internal.clock;

import cn.ecc.api.common.EccException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.time.ClockControl;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.karaf.shell.api.console.Command;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Parser;
import org.apache.karaf.shell.api.console.Registry;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ecc:clock-set} and {@code ecc:clock-advance}, which exist only while the test/demo clock is active (its
 * {@link ClockControl} service is there only when configuration {@code ecc.testclock} exists). They are registered
 * by hand rather than as annotated actions: Karaf registers a bundle's annotated commands all together, only once
 * every service any of them needs is there, so one command waiting for the test clock would hide all the others.
 * Like the clock, the component needs the clock's configuration, so that without it nothing waits (and
 * {@code /api/health} has nothing to report).
 */
@Component(configurationPid = "ecc.testclock", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class TestClockCommands {

    private static final Pattern SHORT = Pattern.compile("(-?\\d+)([dhm])");

    private final Registry registry;
    private final List<Command> commands;

    @Activate
    public TestClockCommands(@Reference ClockControl control, @Reference SessionFactory sessions) {
        this.registry = sessions.getRegistry();
        this.commands = List.of(
                new ClockCommand("clock-set", "【仅测试/演示】把测试时钟设为某一时刻",
                        "ecc:clock-set <时间>    时间如 2026-03-02T09:00（本院时区）",
                        arg -> control.set(time(arg)), control),
                new ClockCommand("clock-advance", "【仅测试/演示】把测试时钟向前（或向后）拨",
                        "ecc:clock-advance <时长>    时长如 3d、12h、30m、-1d 或 P3DT2H",
                        arg -> control.advance(duration(arg)), control));
        commands.forEach(registry::register);
    }

    @Deactivate
    void deactivate() {
        commands.forEach(registry::unregister);
    }

    static LocalDateTime time(String value) {
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("time", "应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM，如 2026-03-02T09:00");
        }
    }

    static Duration duration(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        }
        try {
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("duration", "应为 3d、12h、30m 或 ISO-8601 时长（如 P3DT2H）");
        }
    }

    /** One command taking one argument. */
    private record ClockCommand(String name, String description, String usage, Consumer<String> action,
            ClockControl control) implements Command {

        @Override
        public String getScope() {
            return "ecc";
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Completer getCompleter(boolean scoped) {
            return null;
        }

        @Override
        public Parser getParser() {
            return null;
        }

        @Override
        public Object execute(Session session, List<Object> arguments) {
            if (arguments.size() != 1 || "--help".equals(String.valueOf(arguments.get(0)))) {
                System.out.println(description);
                System.out.println("用法：" + usage);
                return null;
            }
            try {
                action.accept(String.valueOf(arguments.get(0)));
                LocalDateTime now = control.clock().localNow();
                System.out.println("测试时钟现在是 " + now.toString().replace('T', ' ').substring(0, 16));
            } catch (EccException e) {
                System.err.println("错误：" + e.getMessage());
            }
            return null;
        }
    }
}
