package cn.ecc.core.internal.security.jaas;

import cn.ecc.api.security.AccountLockedException;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.AuthenticationException;
import cn.ecc.api.security.Authenticator;
import cn.ecc.api.security.Roles;
import java.io.IOException;
import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * Logs a staff member in through JAAS with their ECC username and password. The subject gets the user
 * principal, the Karaf roles configured for administrators or for other staff, and the person's ECC role
 * ids (so that Karaf command ACLs can name them). Created by Karaf's proxy module: no constructor arguments,
 * everything comes through the options.
 */
public class EccLoginModule implements LoginModule {

    private Subject subject;
    private CallbackHandler callbacks;
    private Authenticator authenticator;
    private List<String> adminRoles;
    private List<String> staffRoles;
    private Actor actor;
    private final Set<Principal> added = new LinkedHashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.authenticator = (Authenticator) options.get(EccJaasRealm.AUTHENTICATOR);
        this.adminRoles = strings(options.get(EccJaasRealm.ADMIN_ROLES));
        this.staffRoles = strings(options.get(EccJaasRealm.STAFF_ROLES));
    }

    private static List<String> strings(Object value) {
        return value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
    }

    @Override
    public boolean login() throws LoginException {
        if (authenticator == null || callbacks == null) {
            throw new LoginException("ECC login module is not configured");
        }
        NameCallback name = new NameCallback("用户名: ");
        PasswordCallback password = new PasswordCallback("密码: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            // e.g. an SSH public key login: only passwords are accounts here
            throw new FailedLoginException("ECC accounts log in with a password");
        }
        char[] typed = password.getPassword();
        password.clearPassword();
        if (name.getName() == null || typed == null) {
            throw new FailedLoginException("用户名或密码错误");
        }
        try {
            actor = authenticator.authenticate(name.getName(), new String(typed));
        } catch (AccountLockedException e) {
            throw new javax.security.auth.login.AccountLockedException(e.getMessage());
        } catch (AuthenticationException e) {
            throw new FailedLoginException(e.getMessage());
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
        return true;
    }

    @Override
    public boolean commit() {
        if (actor == null) {
            return false;
        }
        added.add(new UserPrincipal(actor.username()));
        Set<String> roles = new LinkedHashSet<>(actor.hasRole(Roles.ADMIN) ? adminRoles : staffRoles);
        roles.addAll(actor.roles());
        roles.forEach(r -> added.add(new RolePrincipal(r)));
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        clear();
        return true;
    }

    @Override
    public boolean logout() {
        clear();
        return true;
    }

    private void clear() {
        if (subject != null && !subject.isReadOnly()) {
            subject.getPrincipals().removeAll(added);
        }
        added.clear();
        actor = null;
    }
}
