package cn.ecc.shell.internal;

import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import java.util.Set;

/**
 * The actor of a shell session. Until staff logins exist (the security issue) the Karaf console, which
 * only administrators reach, acts with the case permissions.
 */
final class ShellActors {

    private ShellActors() {
    }

    static Actor current() {
        return new Actor("karaf", "系统管理员", Set.of("admin"), Set.of(Permissions.CASE_READ,
                Permissions.CASE_CREATE, Permissions.CASE_UPDATE, Permissions.PARTY_PERSONAL_READ,
                Permissions.NODE_READ, Permissions.NODE_COMPLETE, Permissions.NODE_MANAGE,
                Permissions.NODE_LEDGER_READ, Permissions.CASE_TERM_PAUSE, Permissions.CALENDAR_READ));
    }
}
