package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Command(scope = "ecc", name = "password-reset",
        description = "重设账户密码（在提示下输入，不回显；或 --generate 生成并只显示一次）；同时解除锁定、注销其登录令牌")
@Service
public class PasswordResetCommand implements Action {

    @Reference
    StaffAdmin admin;

    @Reference
    StaffDirectory staff;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "账号")
    @Completion(UsernameCompleter.class)
    String username;

    @Option(name = "--generate", description = "生成随机密码并只显示一次")
    boolean generate;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            var actor = SessionActors.current(staff);
            Passwords.NewPassword password = Passwords.obtain(session, admin, generate);
            admin.resetPassword(username, password.value(), actor);
            System.out.println("已重设 " + username.strip() + " 的密码");
            Passwords.showOnce(password, username.strip());
        });
    }
}
