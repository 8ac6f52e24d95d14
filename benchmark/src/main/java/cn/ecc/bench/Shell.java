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
        try (ClientSession session = client.connect(credentials.user(), "127.0.0.1", port).verify(TIMEOUT)
                .getSession()) {
            session.addPasswordIdentity(credentials.password());
            session.auth().verify(TIMEOUT);
            try (ChannelExec channel = session.createExecChannel(command)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                channel.setOut(out);
                channel.setErr(out);
                channel.open().verify(TIMEOUT);
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }

    @Override
    public void close() {
        client.stop();
    }
}
