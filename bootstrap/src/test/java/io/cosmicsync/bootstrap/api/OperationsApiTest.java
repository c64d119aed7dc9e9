package io.cosmicsync.bootstrap.api;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OperationsApiTest extends ApiTestSupport {

    @Test
    void reports_health_without_a_token() {
        Http.Response health = http.get("/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.get("status")).isEqualTo("UP");
    }

    @Test
    void exposes_http_request_metrics_for_prometheus() {
        http.get("/ping", null);

        Http.Response metrics = http.get("/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count").contains("uri=\"/ping\"");
    }

    @Test
    void reports_node_status_with_honest_empty_p2p_fields() {
        Instant requested = Instant.now();
        Http.Response first = http.get("/api/v1/network/status", null);
        Http.Response second = http.get("/api/v1/network/status", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat((String) first.get("node_id")).hasSize(36).isEqualTo(second.get("node_id"));
        assertThat(first.get("version")).isNotNull().isNotEqualTo("unknown");
        assertThat(first.get("http_address")).isEqualTo("http://127.0.0.1:" + server.getPort());
        assertThat(first.get("uptime_seconds")).isInstanceOf(Number.class);
        assertThat(Instant.parse((String) first.get("started_at"))).isBefore(requested);
        assertThat(first.get("p2p_enabled")).isEqualTo(false);
        assertThat(first.get("peer_id")).isNull();
        assertThat(first.get("peers")).asList().isEmpty();
        assertThat(first.get("listen_addrs")).asList().isEmpty();
    }

    @Test
    void serves_the_generated_openapi_document_covering_every_endpoint_and_swagger_ui() {
        Http.Response spec = http.get("/swagger/cosmicsync-1.yml", null);
        Http.Response ui = http.get("/swagger-ui/index.html", null);

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/v1/users:", "/api/v1/users/{id}:", "/api/v1/profiles/{id}:",
                "/api/v1/projects:", "/api/v1/projects/{id}:", "/api/v1/auth/login:", "/api/v1/auth/refresh:",
                "/api/v1/auth/logout:", "/api/v1/network/status:", "application/problem+json", "\"409\":", "\"413\":");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void answers_unknown_routes_and_methods_with_problems() {
        Http.Response unknown = http.get("/api/v1/nothing-here", null);
        Http.Response method = http.send("PATCH", "/api/v1/users", null, "application/json", "{}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(method.status()).isIn(401, 405);
        assertThat(method.isProblem()).isTrue();
    }

    @Test
    void answers_ping_without_doing_anything() {
        Http.Response pong = http.get("/ping", null);

        assertThat(pong.status()).isEqualTo(200);
        assertThat(pong.body()).isEqualTo("pong");
    }
}
