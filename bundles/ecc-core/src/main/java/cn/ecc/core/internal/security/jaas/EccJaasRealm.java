package cn.ecc.core.internal.security.jaas;

import cn.ecc.api.security.Authenticator;
import cn.ecc.core.internal.security.SecurityConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The Karaf JAAS realm {@code karaf}, ranked above Karaf's own (users.properties, rank 0): SSH, bin/client,
 * JMX and the web console log in with the staff accounts. What the login module needs travels in its
 * options, as Karaf's proxy module creates it by class name.
 */
// same configuration as the accounts (described there): the Karaf roles and this realm's rank
@Component(service = JaasRealm.class, configurationPid = "ecc.security")
public class EccJaasRealm implements JaasRealm {

    static final String REALM = "karaf";
    static final String AUTHENTICATOR = "ecc.authenticator";
    static final String ADMIN_ROLES = "ecc.karaf.admin-roles";
    static final String STAFF_ROLES = "ecc.karaf.staff-roles";

    private final BundleContext context;
    private final Authenticator authenticator;
    private volatile SecurityConfig config;

    @Activate
    public EccJaasRealm(BundleContext context, @Reference Authenticator authenticator, SecurityConfig config) {
        this.context = context;
        this.authenticator = authenticator;
        this.config = config;
    }

    @Modified
    void modified(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public String getName() {
        return REALM;
    }

    @Override
    public int getRank() {
        return config.jaasRealmRank();
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        SecurityConfig c = config;
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, EccLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(BundleContext.class.getName(), context);
        options.put(AUTHENTICATOR, authenticator);
        options.put(ADMIN_ROLES, List.of(c.adminKarafRoles()));
        options.put(STAFF_ROLES, List.of(c.staffKarafRoles()));
        return new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)};
    }
}
