package cn.ecc.shell;

import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.StaffDirectory;
import java.security.AccessController;
import java.security.Principal;
import javax.security.auth.Subject;

/**
 * The actor of the shell session running a command: the logged-in staff member (SSH and {@code bin/client}
 * log in through the platform's JAAS realm), with the permissions their roles grant now.
 */
public final class SessionActors {

    private SessionActors() {
    }

    @SuppressWarnings("removal")
    public static Actor current(StaffDirectory staff) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        String user = subject == null ? null : subject.getPrincipals().stream()
                .filter(p -> p.getClass().getSimpleName().equals("UserPrincipal")).map(Principal::getName)
                .findFirst().orElse(null);
        if (user == null) {
            throw new AccessDeniedException("无法确定当前登录的用户");
        }
        return staff.actor(user).orElseThrow(() -> new AccessDeniedException("“" + user
                + "”不是在职的系统账户，不能执行 ECC 命令"));
    }
}
