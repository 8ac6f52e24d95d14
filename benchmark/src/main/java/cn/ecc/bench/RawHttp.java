package cn.ecc.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, one request per connection, bytes exactly as given: java.net.http refuses raw
 * paths, wrong Content-Length headers and broken chunking, which are what a hostile client sends.
 */
public final class RawHttp {

    private final int port;
    private final String authorization;

    public RawHttp(int port, Credentials credentials) {
        this.port = port;
        this.authorization = credentials.authorization();
    }

    /** The status code of the answer; -1 when there was none (connection refused, reset, timeout). */
    public int send(BadInputs.BadRequest r) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder();
            head.append(r.method()).append(' ').append(r.path()).append(" HTTP/1.1\r\n");
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            head.append("Authorization: ").append(authorization).append("\r\n");
            if (r.header("Accept") == null) {
                head.append("Accept: application/json\r\n");
            }
            head.append("Connection: close\r\n");
            for (String[] h : r.headers()) {
                head.append(h[0]).append(": ").append(h[1]).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = s.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                out.write(r.body());
                out.flush();
            } catch (IOException e) {
                // the server may answer (413, 400) and close before it has read everything: read the answer anyway
            }
            return status(s.getInputStream());
        } catch (IOException e) {
            return -1;
        }
    }

    private static int status(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
        } catch (SocketTimeoutException e) {
            return -1;
        }
        String l = line.toString(StandardCharsets.ISO_8859_1);
        String[] parts = l.split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
