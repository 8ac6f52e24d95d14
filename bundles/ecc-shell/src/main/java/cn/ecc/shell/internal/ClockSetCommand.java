package cn.ecc.shell.internal;

import cn.ecc.api.time.ClockControl;
import cn.ecc.shell.Commands;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Exists only while the test/demo clock is active (configuration ecc.testclock): its service is required. */
@Command(scope = "ecc", name = "clock-set", description = "【仅测试/演示】把测试时钟设为某一时刻")
@Service
public class ClockSetCommand implements Action {

    @Reference
    ClockControl control;

    @Argument(index = 0, name = "time", required = true, description = "本院时区的时间，如 2026-03-02T09:00")
    String time;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            control.set(ShellTime.dateTime("time", time));
            System.out.println("测试时钟现在是 " + ShellTime.minutes(control.clock().localNow()));
        });
    }
}
