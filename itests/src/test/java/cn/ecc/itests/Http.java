package cn.ecc.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the REST API of the container under test. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> defaultHeaders;

    Http(int port) {
        this(port, Map.of());
    }

    private Http(int port, Map<String, String> defaultHeaders) {
        this.base = "http://localhost:" + port;
        this.defaultHeaders = defaultHeaders;
    }

    /** The same client sending these headers with every request (e.g. credentials). */
    Http with(Map<String, String> headers) {
        return new Http(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), headers);
    }

    /** The Authorization header this client sends, or "" for an anonymous one. */
    String authorization() {
        return defaultHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Authorization"))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    Reply get(String path) {
        return send("GET", path, (String) null, null, Map.of());
    }

    Reply post(String path, String json) {
        return send("POST", path, json, "application/json", Map.of());
    }

    Reply patch(String path, String json, String ifMatch) {
        return send("PATCH", path, json, "application/json", ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    Reply send(String method, String path, String body, String contentType, Map<String, String> headers) {
        BodyPublisher publisher = body == null ? BodyPublishers.noBody()
                : BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return send(method, path, publisher, contentType, headers);
    }

    /** The body of a GET as bytes (PDF, XLSX), failing unless it answers 200. */
    byte[] bytes(String path) {
        return raw("GET", path, BodyPublishers.noBody(), null);
    }

    /** The body of a POST with JSON as bytes, failing unless it answers 200. */
    byte[] postBytes(String path, String json) {
        return raw("POST", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8), "application/json");
    }

    private byte[] raw(String method, String path, BodyPublisher body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        defaultHeaders.forEach(b::header);
        try {
            HttpResponse<byte[]> r = client.send(b.build(), BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError(method + " " + path + " answered " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply send(String method, String path, BodyPublisher body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        defaultHeaders.forEach(b::header);
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = client.send(b.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
