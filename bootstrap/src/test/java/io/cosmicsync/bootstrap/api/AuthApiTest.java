package io.cosmicsync.bootstrap.api;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AuthApiTest extends ApiTestSupport {

    @Test
    void logs_in_with_an_access_token_and_a_refresh_token() {
        String username = uniqueName("ada");
        String id = register(username);

        Http.Response tokens = login(username);

        assertThat(tokens.get("token_type")).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in")).isEqualTo(900);
        assertThat(tokens.get("user_id")).isEqualTo(id);
        assertThat((String) tokens.get("refresh_token")).hasSize(43);
        String payload = new String(Base64.getUrlDecoder().decode(((String) tokens.get("access_token")).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(payload).contains("\"sub\":\"" + id + "\"").contains("\"sid\":");
        assertThat(http.get("/api/v1/users/" + id, (String) tokens.get("access_token")).status()).isEqualTo(200);
    }

    @Test
    void refuses_a_wrong_password_and_an_unknown_user_alike() {
        String username = uniqueName("ada");
        register(username);

        Http.Response wrongPassword = http.post("/api/v1/auth/login", null, Map.of("username", username, "password", "nope-nope-nope"));
        Http.Response unknownUser = http.post("/api/v1/auth/login", null, Map.of("username", uniqueName("ghost"), "password", PASSWORD));
        Http.Response missing = http.post("/api/v1/auth/login", null, Map.of("username", username));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.isProblem()).isTrue();
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.get("detail")).isEqualTo(wrongPassword.get("detail"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("password");
    }

    @Test
    void rotates_the_refresh_token_so_each_works_once() {
        String username = uniqueName("ada");
        String id = register(username);
        String first = (String) login(username).get("refresh_token");

        Http.Response renewed = http.post("/api/v1/auth/refresh", null, Map.of("refresh_token", first));
        Http.Response reused = http.post("/api/v1/auth/refresh", null, Map.of("refresh_token", first));

        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.get("refresh_token")).isNotEqualTo(first);
        assertThat(http.get("/api/v1/users/" + id, (String) renewed.get("access_token")).status()).isEqualTo(200);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.isProblem()).isTrue();
    }

    @Test
    void logout_revokes_the_access_token_and_the_refresh_token() {
        String username = uniqueName("ada");
        String id = register(username);
        Http.Response tokens = login(username);
        String access = (String) tokens.get("access_token");

        Http.Response logout = http.send("POST", "/api/v1/auth/logout", access, null, null);

        assertThat(logout.status()).isEqualTo(204);
        Http.Response afterwards = http.get("/api/v1/users/" + id, access);
        assertThat(afterwards.status()).isEqualTo(401);
        assertThat(afterwards.isProblem()).isTrue();
        assertThat(http.post("/api/v1/auth/refresh", null, Map.of("refresh_token", tokens.get("refresh_token"))).status())
                .isEqualTo(401);
        assertThat(http.post("/api/v1/auth/login", null, Map.of("username", username, "password", PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void refuses_tokens_that_are_tampered_unsigned_or_garbage() {
        String username = uniqueName("ada");
        String id = register(username);
        String access = (String) login(username).get("access_token");
        String[] parts = access.split("\\.");
        String otherSubject = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(id, "00000000-0000-4000-8000-000000000000").getBytes(StandardCharsets.UTF_8));
        String unsignedHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(http.get("/api/v1/users/" + id, parts[0] + "." + otherSubject + "." + parts[2]).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/users/" + id, unsignedHeader + "." + parts[1] + ".").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/users/" + id, "x").status()).isEqualTo(401);
        assertThat(http.post("/api/v1/auth/refresh", null, Map.of("refresh_token", "short")).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/auth/refresh", null, Map.of()).status()).isEqualTo(400);
    }
}
