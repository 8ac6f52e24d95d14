package cn.ecc.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * The Karaf shell of an instance over its SSH port. Karaf ends an SSH session after one exec command, so each
 * command logs in anew; with the client kept started that costs tens of milliseconds, not the two seconds of
 * starting bin/client.
 */
public final class Shell implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final SshClient client;
    private final int port;
    private final Credentials credentials;

    public Shell(int port, Credentials credentials) {
        this.port = port;
        this.credentials = credentials;
        client = SshClient.setUpDefaultClient();
        // the instance is ours, on the loopback, with a host key made at its first start
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    /** What a command printed (stdout and stderr). */
    public String run(String command) throws IOException {
        try (LoggedIn session = login()) {
            return session.run(command);
        }
    }

    /** A session that has logged in and takes one command, so that a caller can time the command alone. */
    public LoggedIn login() throws IOException {
        ClientSession session = client.connect(credentials.user(), "127.0.0.1", port).verify(TIMEOUT).getSession();
        try {
            session.addPasswordIdentity(credentials.password());
            session.auth().verify(TIMEOUT);
            return new LoggedIn(session);
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** A logged-in SSH session of the Karaf shell; Karaf ends it after one command. */
    public static final class LoggedIn implements AutoCloseable {

        private final ClientSession session;

        private LoggedIn(ClientSession session) {
            this.session = session;
        }

        /** What the command printed (stdout and stderr). */
        public String run(String command) throws IOException {
            try (ChannelExec channel = session.createExecChannel(command)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                channel.setOut(out);
                channel.setErr(out);
                channel.open().verify(TIMEOUT);
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
                return out.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() throws IOException {
            session.close();
        }
    }

    @Override
    public void close() {
        client.stop();
    }
}
