package io.cosmicsync.bootstrap.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the HTTP API tests: a whole node's Micronaut context on a random port, against the JVM's
 * shared embedded PostgreSQL. Tests make their own users (unique names), so they need no cleanup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTestSupport implements TestPropertyProvider {

    public static final String PASSWORD = "correct horse battery";

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected JsonMapper json;

    protected Http http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        SharedDatabase.get().datasourceProperties().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        properties.put("micronaut.server.port", "-1");
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "test-secret-" + UUID.randomUUID() + UUID.randomUUID());
        return properties;
    }

    @BeforeEach
    void connect() {
        http = new Http(server.getURL().toString(), json);
    }

    /** A fresh username, unique across test runs on the shared database. */
    protected static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a user and returns its id. */
    protected String register(String username) {
        Http.Response response = http.post("/api/v1/users", null,
                Map.of("username", username, "email", username + "@example.org", "password", PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return (String) response.get("id");
    }

    /** Logs in and returns the whole token response. */
    protected Http.Response login(String username) {
        Http.Response response = http.post("/api/v1/auth/login", null, Map.of("username", username, "password", PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** Registers a fresh user, logs in, and returns the caller (id + access token). */
    protected Caller newCaller(String prefix) {
        String username = uniqueName(prefix);
        String id = register(username);
        return new Caller(id, username, (String) login(username).get("access_token"));
    }

    /** A signed-in test user. */
    public record Caller(String id, String username, String token) {
    }
}
