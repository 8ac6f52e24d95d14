package cn.ecc.shell.internal;

import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.calendar.DueDate;
import cn.ecc.api.calendar.WorkCalendar;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.shell.Commands;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "ecc", name = "calendar-due", description = "期限计算：从某日（或某时）起若干小时、日、工作日或月后的届满日")
@Service
public class CalendarDueCommand implements Action {

    @Reference
    WorkCalendar calendar;

    @Argument(index = 0, name = "from", required = true, description = "起算日 YYYY-MM-DD（小时为 YYYY-MM-DDTHH:MM）")
    String from;

    @Argument(index = 1, name = "amount", required = true, description = "长度")
    String amount;

    @Argument(index = 2, name = "unit", required = true,
            description = "单位：HOURS（小时）、CALENDAR_DAYS（日）、WORKING_DAYS（工作日）、MONTHS（月）")
    @Completion(value = StringsCompleter.class, values = {"HOURS", "CALENDAR_DAYS", "WORKING_DAYS", "MONTHS"})
    String unit;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            DeadlineUnit u = Inputs.enumValue("unit", unit, DeadlineUnit.class);
            Integer n = Inputs.integer("amount", amount);
            if (n == null) {
                throw InvalidInputException.of("amount", "必须填写");
            }
            DueDate d = calendar.due(ShellTime.dateTime("from", from), n, u);
            if (u == DeadlineUnit.HOURS) {
                System.out.println("起算：" + ShellTime.minutes(d.from()) + "，" + n + u.label());
                System.out.println("届满：" + ShellTime.minutes(d.dueAt()) + "（" + ShellTime.weekday(d.dueDate())
                        + "，小时不顺延）");
            } else {
                System.out.println("起算：" + d.from().toLocalDate() + "（" + ShellTime.weekday(d.from().toLocalDate())
                        + "），" + n + u.label());
                System.out.println("届满：" + d.dueDate() + "（" + ShellTime.weekday(d.dueDate()) + "）当日 24 时");
            }
            d.warnings().forEach(w -> System.out.println("注意：" + w));
        });
    }
}
