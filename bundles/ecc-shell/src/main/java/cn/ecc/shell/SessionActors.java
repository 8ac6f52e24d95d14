package cn.ecc.shell;

import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.StaffDirectory;
import org.apache.karaf.shell.support.ShellUtil;

/**
 * The actor of the shell session running a command: the staff member who logged in (SSH, bin/client) or,
 * on the local console, the account named by {@code karaf.local.user} ({@code admin} in this distribution).
 * A command gets it with {@code SessionActors.current(staff)} from a {@code @Reference StaffDirectory staff}
 * and passes it to the services, which check its permissions.
 */
public final class SessionActors {

    private SessionActors() {
    }

    /**
     * @throws AccessDeniedException when the session's user is no active staff member (e.g. a login through
     *                               another JAAS realm)
     */
    public static Actor current(StaffDirectory staff) {
        String user = ShellUtil.getCurrentUserName();
        if (user == null) {
            throw new AccessDeniedException("当前会话没有登录用户");
        }
        return staff.actor(user).orElseThrow(() -> new AccessDeniedException("会话用户 " + user
                + " 不是本院在职工作人员账户，不能使用 ecc 命令"));
    }
}
