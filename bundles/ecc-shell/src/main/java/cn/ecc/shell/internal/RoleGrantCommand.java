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
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "role-grant", description = "给工作人员增加一个角色（立即生效）")
@Service
public class RoleGrantCommand implements Action {

    @Reference
    StaffAdmin admin;

    @Reference
    StaffDirectory staff;

    @Argument(index = 0, name = "username", required = true, description = "账号")
    @Completion(UsernameCompleter.class)
    String username;

    @Argument(index = 1, name = "role", required = true, description = "角色，如 judge")
    @Completion(RoleCompleter.class)
    String role;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            StaffMember m = admin.grantRole(username, role, SessionActors.current(staff));
            System.out.println(m.username() + " 现有角色：" + StaffListCommand.roles(m.roles()));
        });
    }
}
