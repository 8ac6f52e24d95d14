package cn.ecc.web.internal.nodes;

import cn.ecc.api.calendar.CalendarDay;
import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.calendar.DueDate;
import cn.ecc.api.calendar.WorkCalendar;
import cn.ecc.api.calendar.YearCalendar;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.time.EccClock;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/calendar}: the deadline calculator and the year's holidays and make-up working days. */
@Component(service = CalendarResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final WorkCalendar calendar;
    private final EccClock clock;

    @Activate
    public CalendarResource(@Reference WorkCalendar calendar,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) EccClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The court's clock now, and what today is. */
    public record Today(String now, LocalDate today, String zone, CalendarDay day) {
    }

    @GET
    @Path("/due")
    @Doc(value = "期限计算：from 起 amount 个 unit（HOURS/CALENDAR_DAYS/WORKING_DAYS/MONTHS）后的届满日", returns = DueAnswer.class)
    public DueAnswer due(@QueryParam("from") String from, @QueryParam("amount") String amount,
            @QueryParam("unit") String unit, @Context SecurityContext security) {
        RestActors.actor(security).require(Permissions.CALENDAR_READ);
        List<Violation> violations = new ArrayList<>();
        DeadlineUnit u = null;
        if (unit == null || unit.isBlank()) {
            violations.add(new Violation("unit", "必须填写，可选：" + units()));
        } else {
            try {
                u = DeadlineUnit.valueOf(unit.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("unit", "取值无效，可选：" + units()));
            }
        }
        Integer n = null;
        if (amount == null || amount.isBlank()) {
            violations.add(new Violation("amount", "必须填写"));
        } else {
            try {
                n = Integer.valueOf(amount.strip());
            } catch (NumberFormatException e) {
                violations.add(new Violation("amount", "应为整数"));
            }
        }
        LocalDateTime start = null;
        if (from == null || from.isBlank()) {
            violations.add(new Violation("from", "必须填写"));
        } else if (u == null || u == DeadlineUnit.HOURS) {
            try {
                start = Params.dateTime("from", from);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        } else {
            try {
                start = LocalDate.parse(from.strip()).atStartOfDay();
            } catch (DateTimeParseException e) {
                violations.add(new Violation("from", "日期无效，应为 YYYY-MM-DD 格式的真实日期"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        DueDate d = calendar.due(start, n, u);
        return answer(d);
    }

    static DueAnswer answer(DueDate d) {
        boolean hours = d.unit() == DeadlineUnit.HOURS;
        return new DueAnswer(hours ? Params.format(d.from()) : d.from().toLocalDate().toString(), d.amount(),
                d.unit().name(), hours ? Params.format(d.dueAt()) : d.dueDate().toString(), d.warnings());
    }

    private static String units() {
        return Arrays.stream(DeadlineUnit.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    @GET
    @Path("/today")
    @Doc(value = "本院时钟的当前时间与今天是否工作日", returns = Today.class)
    public Today today(@Context SecurityContext security) {
        RestActors.actor(security).require(Permissions.CALENDAR_READ);
        LocalDateTime now = clock.localNow();
        return new Today(Params.format(now.withNano(0)), now.toLocalDate(), clock.zone().getId(),
                calendar.day(now.toLocalDate()));
    }

    @GET
    @Path("/{year}")
    @Doc(value = "一年的节假日与调休上班日", returns = YearCalendar.class)
    public YearCalendar year(@PathParam("year") String year, @Context SecurityContext security) {
        RestActors.actor(security).require(Permissions.CALENDAR_READ);
        int y;
        try {
            y = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "应为年份，如 2026");
        }
        return calendar.year(y);
    }
}
