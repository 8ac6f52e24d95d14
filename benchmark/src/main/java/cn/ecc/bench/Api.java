package cn.ecc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An HTTP client of one instance's REST API, with one login's credentials on every request (or none: anonymous,
 * as a load balancer asks /api/health). One per load client, so that each client holds its own connection as
 * separate users' browsers and programs do.
 */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Credentials credentials;
    private final Duration timeout;

    /** Without credentials: only /api/health and the token login answer it. */
    public static Api anonymous(int port) {
        return new Api(port, null);
    }

    public Api(int port, Credentials credentials) {
        this(port, credentials, Duration.ofSeconds(30));
    }

    public Api(int port, Credentials credentials, Duration timeout) {
        this.base = "http://127.0.0.1:" + port;
        this.credentials = credentials;
        this.timeout = timeout;
    }

    /** An answer; status -1 when the request got none (refused, reset, timed out). */
    public record Reply(int status, String body, String etag, String error) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A POST of raw bytes (a spreadsheet upload). */
    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(body)));
    }

    /** A POST without a body (an action on a resource). */
    public Reply post(String path) {
        return send(request(path).POST(BodyPublishers.noBody()));
    }

    public Reply patch(String path, String json, String ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .method("PATCH", BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The status of a GET, or -1 when nothing answers: for waiting until an instance is ready. */
    public int status(String path) {
        return get(path).status();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json");
        return credentials == null ? b : b.header("Authorization", credentials.authorization());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null), null);
        } catch (IOException e) {
            return new Reply(-1, "", null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "", null, "interrupted");
        }
    }
}
