package cn.ecc.shell.internal;

import cn.ecc.api.time.ClockControl;
import cn.ecc.shell.Commands;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Exists only while the test/demo clock is active (configuration ecc.testclock): its service is required. */
@Command(scope = "ecc", name = "clock-advance", description = "【仅测试/演示】把测试时钟向前（或向后）拨")
@Service
public class ClockAdvanceCommand implements Action {

    @Reference
    ClockControl control;

    @Argument(index = 0, name = "duration", required = true, description = "如 3d、12h、30m、-1d 或 P3DT2H")
    String duration;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            control.advance(ShellTime.duration("duration", duration));
            System.out.println("测试时钟现在是 " + ShellTime.minutes(control.clock().localNow()));
        });
    }
}
