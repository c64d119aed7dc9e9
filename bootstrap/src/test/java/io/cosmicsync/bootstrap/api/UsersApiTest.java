package io.cosmicsync.bootstrap.api;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.cosmicsync.bootstrap.support.SharedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class UsersApiTest extends ApiTestSupport {

    @Test
    void registers_a_user_and_never_returns_the_password_or_its_hash() {
        String username = uniqueName("ada");
        Http.Response response = http.post("/api/v1/users", null,
                Map.of("username", username, "email", username.toUpperCase() + "@Example.org", "password", PASSWORD));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.get("username")).isEqualTo(username);
        assertThat(response.get("email")).isEqualTo(username.toLowerCase() + "@example.org");
        assertThat(response.get("id")).asString().hasSize(36);
        assertThat(response.body()).doesNotContain(PASSWORD).doesNotContain("argon2").doesNotContainIgnoringCase("password");
    }

    @Test
    void stores_an_argon2id_hash_not_the_password() throws SQLException {
        String username = uniqueName("hash");
        String id = register(username);

        String stored = singleString("select password_hash from users where id = ?::uuid", id);
        assertThat(stored).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void refuses_a_taken_username_ignoring_case_with_409_naming_the_field() {
        String username = uniqueName("taken");
        register(username);

        Http.Response response = http.post("/api/v1/users", null,
                Map.of("username", username.toUpperCase(), "email", "other-" + username + "@example.org", "password", PASSWORD));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly("username");
    }

    @Test
    void refuses_a_taken_email_with_409_and_writes_nothing() throws SQLException {
        String username = uniqueName("mail");
        register(username);
        long usersBefore = count("select count(*) from users");
        long profilesBefore = count("select count(*) from profiles");

        Http.Response response = http.post("/api/v1/users", null,
                Map.of("username", uniqueName("other"), "email", username + "@example.org", "password", PASSWORD));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorFields()).containsExactly("email");
        assertThat(count("select count(*) from users")).isEqualTo(usersBefore);
        assertThat(count("select count(*) from profiles")).isEqualTo(profilesBefore);
    }

    @Test
    void names_every_missing_field() {
        Http.Response response = http.post("/api/v1/users", null, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactlyInAnyOrder("username", "email", "password");
    }

    @Test
    void names_the_invalid_field_and_says_what_is_allowed() {
        Http.Response badEmail = http.post("/api/v1/users", null,
                Map.of("username", uniqueName("ok"), "email", "not-an-address", "password", PASSWORD));
        Http.Response shortPassword = http.post("/api/v1/users", null,
                Map.of("username", uniqueName("ok"), "email", uniqueName("x") + "@example.org", "password", "short"));
        Http.Response badUsername = http.post("/api/v1/users", null,
                Map.of("username", "a b", "email", uniqueName("x") + "@example.org", "password", PASSWORD));

        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.errorFields()).containsExactly("email");
        assertThat(shortPassword.errorFields()).containsExactly("password");
        assertThat((String) shortPassword.get("detail")).contains("8 to 128");
        assertThat(badUsername.errorFields()).containsExactly("username");
    }

    @Test
    void refuses_control_characters_the_database_cannot_store() {
        Http.Response nulEmail = http.post("/api/v1/users", null,
                Map.of("username", uniqueName("nul"), "email", "a\u0000b@example.org", "password", PASSWORD));

        assertThat(nulEmail.status()).isEqualTo(400);
        assertThat(nulEmail.errorFields()).containsExactly("email");
    }

    @Test
    void answers_malformed_json_wrong_types_and_wrong_content_types_with_a_problem() {
        Http.Response malformed = http.send("POST", "/api/v1/users", null, "application/json", "{\"username\": ");
        Http.Response wrongType = http.send("POST", "/api/v1/users", null, "application/json",
                "{\"username\": {\"a\": 1}, \"email\": [], \"password\": true}");
        Http.Response notJson = http.send("POST", "/api/v1/users", null, "text/plain", "username=ada");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.isProblem()).isTrue();
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.isProblem()).isTrue();
    }

    @Test
    void refuses_an_oversized_body_with_413() {
        String huge = "{\"username\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";

        Http.Response response = http.send("POST", "/api/v1/users", null, "application/json", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void reads_a_user_but_shows_the_email_only_to_its_owner() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");

        Http.Response own = http.get("/api/v1/users/" + ada.id(), ada.token());
        Http.Response other = http.get("/api/v1/users/" + ada.id(), bob.token());

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.get("email")).isEqualTo(ada.username() + "@example.org");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.get("username")).isEqualTo(ada.username());
        assertThat(other.json()).doesNotContainKey("email");
    }

    @Test
    void answers_unknown_and_malformed_user_ids_and_missing_tokens_with_problems() {
        Caller ada = newCaller("ada");

        Http.Response unknown = http.get("/api/v1/users/00000000-0000-4000-8000-000000000000", ada.token());
        Http.Response malformed = http.get("/api/v1/users/not-a-uuid", ada.token());
        Http.Response anonymous = http.get("/api/v1/users/" + ada.id(), null);
        Http.Response garbageToken = http.get("/api/v1/users/" + ada.id(), "garbage.token.here");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("id");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(garbageToken.status()).isEqualTo(401);
    }

    @Test
    void lets_a_user_change_their_own_account_and_log_in_with_the_new_password() {
        Caller ada = newCaller("ada");
        String renamed = uniqueName("ada2");

        Http.Response response = http.put("/api/v1/users/" + ada.id(), ada.token(),
                Map.of("username", renamed, "password", "a brand new password"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.get("username")).isEqualTo(renamed);
        assertThat(response.get("email")).isEqualTo(ada.username() + "@example.org");
        Http.Response login = http.post("/api/v1/auth/login", null,
                Map.of("username", renamed, "password", "a brand new password"));
        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void forbids_changing_another_user() {
        Caller ada = newCaller("ada");
        Caller mallory = newCaller("mallory");

        Http.Response response = http.put("/api/v1/users/" + ada.id(), mallory.token(), Map.of("username", uniqueName("pwned")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(http.get("/api/v1/users/" + ada.id(), ada.token()).get("username")).isEqualTo(ada.username());
    }

    @Test
    void refuses_renaming_to_a_taken_username() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        Map<String, Object> body = new HashMap<>();
        body.put("username", bob.username());

        Http.Response response = http.put("/api/v1/users/" + ada.id(), ada.token(), body);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorFields()).containsExactly("username");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SharedDatabase.get().jdbcUrl(), "postgres", "");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private String singleString(String sql, String parameter) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
