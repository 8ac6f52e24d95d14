package cn.ecc.shell.internal;

import cn.ecc.api.calendar.CalendarDay;
import cn.ecc.api.calendar.WorkCalendar;
import cn.ecc.api.calendar.YearCalendar;
import cn.ecc.api.time.EccClock;
import cn.ecc.shell.Commands;
import cn.ecc.shell.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "calendar-show", description = "显示一年的法定节假日、调休上班日与本院停止办公日")
@Service
public class CalendarShowCommand implements Action {

    @Reference
    WorkCalendar calendar;

    @Reference
    EccClock clock;

    @Argument(index = 0, name = "year", description = "年份，默认今年")
    Integer year;

    @Option(name = "--no-format", description = "不画表格线，便于脚本处理")
    boolean noFormat;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            YearCalendar y = calendar.year(year == null ? clock.today().getYear() : year);
            List<CalendarDay> days = new ArrayList<>(y.restDays());
            days.addAll(y.workdays());
            days.sort(Comparator.comparing(CalendarDay::date));
            Table table = new Table("日期", "星期", "类别", "名称");
            for (CalendarDay d : days) {
                table.row(d.date(), ShellTime.weekday(d.date()), d.kind().label(), d.name());
            }
            if (!noFormat) {
                System.out.println(y.year() + " 年：工作日 " + y.workingDays() + " 天"
                        + (y.sources().isEmpty() ? "" : "；依据：" + String.join("；", y.sources())));
            }
            table.print(System.out, !noFormat);
            y.warnings().forEach(w -> System.out.println("注意：" + w));
        });
    }
}
