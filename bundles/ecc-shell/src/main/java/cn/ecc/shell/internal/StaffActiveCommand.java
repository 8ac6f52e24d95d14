package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "staff-deactivate",
        description = "停用离岗人员的账户（保留记录，不能再登录，令牌失效）；--enable 重新启用")
@Service
public class StaffActiveCommand implements Action {

    @Reference
    StaffAdmin admin;

    @Reference
    StaffDirectory staff;

    @Argument(index = 0, name = "username", required = true, description = "账号")
    @Completion(UsernameCompleter.class)
    String username;

    @Option(name = "--enable", description = "重新启用")
    boolean enable;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            StaffMember m = admin.setActive(username, enable, SessionActors.current(staff));
            System.out.println((m.active() ? "已启用 " : "已停用 ") + m.username() + "（" + m.name() + "）");
        });
    }
}
