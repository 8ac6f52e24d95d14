package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "staff-unlock", description = "解除因连续登录失败造成的账户锁定")
@Service
public class StaffUnlockCommand implements Action {

    @Reference
    StaffAdmin admin;

    @Reference
    StaffDirectory staff;

    @Argument(index = 0, name = "username", required = true, description = "账号")
    @Completion(UsernameCompleter.class)
    String username;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            admin.unlock(username, SessionActors.current(staff));
            System.out.println("已解除 " + username.strip() + " 的锁定");
        });
    }
}
