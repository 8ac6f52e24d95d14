package cn.ecc.shell.internal;

import cn.ecc.api.security.NewStaffMember;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Command(scope = "ecc", name = "staff-add", description = "新建工作人员账户（密码在提示下输入，不回显；或 --generate 生成并只显示一次）")
@Service
public class StaffAddCommand implements Action {

    @Reference
    StaffAdmin admin;

    @Reference
    StaffDirectory staff;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "登录账号，如 chenlin（小写字母开头）")
    String username;

    @Argument(index = 1, name = "name", required = true, description = "姓名")
    String name;

    @Option(name = "-t", aliases = "--team", description = "团队，如 综合管理组、财产处置组、查控中心、卷宗中心")
    String team;

    @Option(name = "-r", aliases = "--role", multiValued = true, description = "角色（可多次给出），如 judge、clerk")
    @Completion(RoleCompleter.class)
    List<String> roles = new ArrayList<>();

    @Option(name = "--generate", description = "生成随机密码并只显示一次")
    boolean generate;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            var actor = SessionActors.current(staff);
            Passwords.NewPassword password = Passwords.obtain(session, admin, generate);
            StaffMember m = admin.add(new NewStaffMember(username, name, team, Set.copyOf(roles)), password.value(),
                    actor);
            System.out.println("已新建账户 " + m.username() + "（" + m.name() + "），角色：" + StaffListCommand.roles(m.roles()));
            Passwords.showOnce(password, m.username());
        });
    }
}
