package cn.ecc.shell.internal;

import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffAccount;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.time.EccClock;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.Table;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "staff-list", description = "列出工作人员（账号、姓名、团队、角色、状态）")
@Service
public class StaffListCommand implements Action {

    @Reference
    StaffAdmin admin;

    /** The court's time zone: times are shown as the court reads them, whatever the server's zone. */
    @Reference
    EccClock clock;

    @Reference
    StaffDirectory staff;

    @Option(name = "-r", aliases = "--role", description = "只列出持有该角色的")
    @Completion(RoleCompleter.class)
    String role;

    @Option(name = "-t", aliases = "--team", description = "只列出该团队的")
    String team;

    @Option(name = "-a", aliases = "--all", description = "包括已停用的账户")
    boolean all;

    @Option(name = "--no-format", description = "不画表格线，便于脚本处理")
    boolean noFormat;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            List<StaffAccount> accounts = admin.list(role, team, all, SessionActors.current(staff));
            Table table = new Table("账号", "姓名", "团队", "角色", "状态");
            for (StaffAccount a : accounts) {
                String state = !a.member().active() ? "已停用"
                        : a.lockedUntil() == null ? "正常" : "锁定至 " + LocalDateTime.ofInstant(a.lockedUntil(),
                                clock.zone()).format(DateTimeFormatter.ofPattern("MM-dd HH:mm"));
                table.row(a.member().username(), a.member().name(), a.member().team(), roles(a.member().roles()), state);
            }
            table.print(System.out, !noFormat);
            if (!noFormat) {
                System.out.println("共 " + accounts.size() + " 人");
            }
        });
    }

    static String roles(Collection<String> roles) {
        return roles.isEmpty() ? "-" : roles.stream().sorted().map(r -> Roles.label(r) + "(" + r + ")")
                .collect(Collectors.joining("、"));
    }
}
