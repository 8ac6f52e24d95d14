package cn.ecc.core.internal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the default role-permission grants that bundles ship in {@value #RESOURCE}, one permission a line:
 * <pre>
 * # comment
 * case.read = chief, deputy, judge
 * </pre>
 * The core ships the platform's; an area bundle ships its own, so installing an area gives its permissions
 * their default roles. The court's table is the truth afterwards (see {@link KnownPermissionEntity}).
 */
final class PermissionDefaults {

    static final String RESOURCE = "META-INF/ecc/permissions.properties";
    static final Pattern PERMISSION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private static final Logger LOG = LoggerFactory.getLogger(PermissionDefaults.class);

    private PermissionDefaults() {
    }

    /** Reads one file: permission to the roles that hold it by default. Refuses a malformed line. */
    static Map<String, Set<String>> parse(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Set<String>> result = new TreeMap<>();
        for (String permission : p.stringPropertyNames()) {
            if (!PERMISSION.matcher(permission).matches()) {
                throw new IOException("not a permission name: " + permission);
            }
            Set<String> roles = Arrays.stream(p.getProperty(permission).split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
            for (String role : roles) {
                if (!ROLE.matcher(role).matches()) {
                    throw new IOException("not a role id: " + role + " (permission " + permission + ")");
                }
            }
            result.put(permission, roles);
        }
        return result;
    }

    /**
     * Watches the bundles that become active and hands each one's defaults to {@code apply} (source, defaults).
     */
    static BundleTracker<Bundle> track(BundleContext context, BiConsumer<String, Map<String, Set<String>>> apply) {
        return new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                URL url = bundle.getEntry(RESOURCE);
                if (url == null) {
                    return null;
                }
                try (InputStream in = url.openStream()) {
                    apply.accept(bundle.getSymbolicName(), parse(in));
                } catch (IOException | RuntimeException e) {
                    LOG.error("Cannot load the default permissions of bundle {}", bundle.getSymbolicName(), e);
                }
                return bundle;
            }
        };
    }
}
