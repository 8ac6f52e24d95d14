package cn.ecc.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import cn.ecc.api.security.Actor;
import cn.ecc.api.security.NewStaffMember;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots the assembled distribution (the tar.gz the build just made) on free ports, and gives tests an
 * HTTP client for its REST API and its services. Each subclass boots once for all its tests (see
 * {@code @ExamReactorStrategy}); keep integration tests in few classes.
 * <p>
 * Logins: {@link #http} is logged in as a clerk (files, reads, changes and assigns cases);
 * {@code http(Roles.JUDGE)} as a test account holding exactly that role; {@link #anonymous()} sends no
 * credentials. Accounts are created through the services in the container the first time a test asks for
 * them ({@code it-<role>}); {@link #actor(String)} gives the same account's actor for direct service calls
 * and {@link #shell(String, String)} runs a shell command as that account.
 */
public abstract class EccTestSupport {

    protected static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);

    @Inject
    protected BundleContext bundleContext;

    /** Logged in (HTTP Basic) as the clerk test account. */
    protected Http http;

    /** Test account passwords of this container (a restarted container resets them). */
    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Configuration
    public Option[] config() {
        File distribution = new File(System.getProperty("ecc.distribution"));
        File work = new File(System.getProperty("ecc.itest.work", "target/exam"));
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl("file:" + distribution.getAbsolutePath())
                        .unpackDirectory(work)
                        .karafVersion("4.4.10")
                        .name("ECC")
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                // bin/karaf's Java 9+ flags: Pax Exam starts java directly
                vmOptions("--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                        "-Dfile.encoding=UTF-8",
                        "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                        "-Xmx768m"),
                // free ports, so that a running ./run or another build does not collide
                httpPort(freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        Integer.toString(freePort()))));
        options.addAll(List.of(extraOptions()));
        return options.toArray(new Option[0]);
    }

    /** More options for a subclass (configuration files, system properties). */
    protected Option[] extraOptions() {
        return new Option[0];
    }

    private static Option httpPort(int port) {
        return new org.ops4j.pax.exam.options.DefaultCompositeOption(
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        Integer.toString(port)),
                systemProperty("ecc.itest.http.port").value(Integer.toString(port)));
    }

    /** Waits for the platform to say it is ready; every test starts from there. */
    @Before
    public void awaitReady() {
        Http plain = anonymous();
        Await.until("/api/health to answer 200", BOOT_TIMEOUT, () -> plain.get("/api/health").status() == 200);
        http = http(Roles.CLERK);
    }

    /** A client without credentials. */
    protected Http anonymous() {
        return new Http(Integer.getInteger("ecc.itest.http.port"));
    }

    /** A client logged in by HTTP Basic as the test account holding exactly this role. */
    protected Http http(String role) {
        return login(username(role), password(role));
    }

    /** A client sending these credentials with every request. */
    protected Http login(String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return anonymous().with(Map.of("Authorization", "Basic " + basic));
    }

    /** The test account of a role. */
    protected static String username(String role) {
        return "it-" + role;
    }

    /** The test account's password, creating the account (or setting its password) on first use. */
    protected String password(String role) {
        return account(username(role), role);
    }

    /** The actor of the role's test account, for calling the container's services directly. */
    protected Actor actor(String role) {
        password(role);
        return service(StaffDirectory.class).actor(username(role)).orElseThrow();
    }

    /** Creates (or resets) a test account with these roles and answers its password. */
    protected String account(String username, String... roles) {
        return PASSWORDS.computeIfAbsent(username, u -> {
            String password = "It-" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes()) + "9";
            StaffAdmin admin = service(StaffAdmin.class);
            if (service(StaffDirectory.class).find(u).isEmpty()) {
                admin.add(new NewStaffMember(u, "测试" + u, "测试组", Set.of(roles)), password, Actor.system());
            } else {
                admin.resetPassword(u, password, Actor.system());
            }
            return password;
        });
    }

    /** Every password a test account got in this container (to check that none is logged). */
    protected static Set<String> testPasswords() {
        return Set.copyOf(PASSWORDS.values());
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[15];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * Logs in through the container's JAAS realm {@code karaf} (as SSH and bin/client do).
     *
     * @throws LoginException when the realm refuses
     */
    protected Subject jaasLogin(String username, String password) throws LoginException {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        // JAAS loads Karaf's proxy login module by name
        t.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext login = new LoginContext("karaf", subject, callbacks -> {
                for (var c : callbacks) {
                    if (c instanceof NameCallback n) {
                        n.setName(username);
                    } else if (c instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    }
                }
            });
            login.login();
            return subject;
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /** Runs a shell command as the role's test account, logged in through JAAS; answers what it printed. */
    protected String shell(String role, String command) {
        try {
            return shell(jaasLogin(username(role), password(role)), command);
        } catch (LoginException e) {
            throw new AssertionError("JAAS login of " + username(role) + " failed", e);
        }
    }

    /**
     * Runs shell commands as the subject, in one session (so that e.g. config:edit, config:property-set and
     * config:update work together); answers what they printed (stdout and stderr).
     */
    protected String shell(Subject subject, String... commands) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = service(SessionFactory.class).create(new ByteArrayInputStream(new byte[0]), print, print);
        try {
            for (String command : commands) {
                Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            }
        } catch (Exception e) {
            print.println("FAILED: " + e);
        } finally {
            session.close();
        }
        print.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A service of the running container, waiting for it to appear. */
    protected <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(BOOT_TIMEOUT.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getName() + " service within " + BOOT_TIMEOUT);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request as raw lines (for what HTTP clients refuse to send) and answers its status. */
    protected int rawStatus(String requestLine, String... lines) {
        try (java.net.Socket socket = new java.net.Socket("localhost", Integer.getInteger("ecc.itest.http.port"))) {
            StringBuilder sb = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n")
                    .append("Authorization: ").append(http.authorization()).append("\r\n");
            for (String line : lines) {
                sb.append(line).append("\r\n");
            }
            socket.getOutputStream().write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
