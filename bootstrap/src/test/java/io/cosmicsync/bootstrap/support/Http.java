package io.cosmicsync.bootstrap.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A plain HTTP client for tests: raw statuses, headers and bodies, JSON parsed into maps. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final JsonMapper json;

    public Http(String base, JsonMapper json) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.json = json;
    }

    /** A response: status, Content-Type, body text, and the body parsed when it is JSON. */
    public record Response(int status, String contentType, String body, Map<String, Object> json) {

        /** A top-level field of the JSON body. */
        public Object get(String field) {
            return json == null ? null : json.get(field);
        }

        /** The field names of the body's {@code errors} list (problem details). */
        @SuppressWarnings("unchecked")
        public List<String> errorFields() {
            Object errors = get("errors");
            if (!(errors instanceof List<?> list)) {
                return List.of();
            }
            return list.stream().map(e -> String.valueOf(((Map<String, Object>) e).get("field"))).toList();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json")
                    && json != null && json.get("status") instanceof Number n && n.intValue() == status;
        }
    }

    /** The base URL requests go to, e.g. {@code http://127.0.0.1:8080}. */
    public String base() {
        return base;
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    public Response post(String path, String token, Map<String, ?> body) {
        return send("POST", path, token, "application/json", write(body));
    }

    public Response put(String path, String token, Map<String, ?> body) {
        return send("PUT", path, token, "application/json", write(body));
    }

    /** Any request; {@code contentType} and {@code body} may be null. */
    public Response send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            return new Response(response.statusCode(), type, response.body(), parse(type, response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> parse(String contentType, String body) {
        if (contentType == null || !contentType.contains("json") || body.isEmpty()) {
            return null;
        }
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("response is not JSON: " + body, e);
        }
    }

    private String write(Map<String, ?> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
