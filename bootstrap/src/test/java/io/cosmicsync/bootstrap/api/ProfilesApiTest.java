package io.cosmicsync.bootstrap.api;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ProfilesApiTest extends ApiTestSupport {

    @Test
    void starts_every_user_with_an_empty_profile() {
        Caller ada = newCaller("ada");

        Http.Response response = http.get("/api/v1/profiles/" + ada.id(), ada.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.get("user_id")).isEqualTo(ada.id());
        assertThat(response.get("name")).isEqualTo("");
        assertThat(response.get("skills")).asList().isEmpty();
        assertThat(response.get("interests")).asList().isEmpty();
    }

    @Test
    void saves_a_profile_with_normalized_tags_and_keeps_fields_left_out() {
        Caller ada = newCaller("ada");
        http.put("/api/v1/profiles/" + ada.id(), ada.token(), Map.of("name", "Ada Lovelace", "bio", "Analyst"));

        Http.Response response = http.put("/api/v1/profiles/" + ada.id(), ada.token(),
                Map.of("skills", List.of(" Java ", "java", "PostgreSQL", ""), "interests", List.of("CRDTs")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.get("name")).isEqualTo("Ada Lovelace");
        assertThat(response.get("bio")).isEqualTo("Analyst");
        assertThat(response.get("skills")).asList().containsExactly("Java", "PostgreSQL");
        Http.Response read = http.get("/api/v1/profiles/" + ada.id(), ada.token());
        assertThat(read.get("skills")).asList().containsExactly("Java", "PostgreSQL");
        assertThat(read.get("interests")).asList().containsExactly("CRDTs");
    }

    @Test
    void forbids_changing_another_users_profile() {
        Caller ada = newCaller("ada");
        Caller mallory = newCaller("mallory");

        Http.Response response = http.put("/api/v1/profiles/" + ada.id(), mallory.token(), Map.of("bio", "pwned"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(http.get("/api/v1/profiles/" + ada.id(), ada.token()).get("bio")).isEqualTo("");
    }

    @Test
    void refuses_too_many_or_too_long_tags_naming_the_field() {
        Caller ada = newCaller("ada");
        List<String> tooMany = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "skill" + i).toList();

        Http.Response many = http.put("/api/v1/profiles/" + ada.id(), ada.token(), Map.of("skills", tooMany));
        Http.Response longTag = http.put("/api/v1/profiles/" + ada.id(), ada.token(),
                Map.of("interests", Collections.nCopies(1, "x".repeat(51))));
        Http.Response longBio = http.put("/api/v1/profiles/" + ada.id(), ada.token(), Map.of("bio", "b".repeat(2001)));

        assertThat(many.status()).isEqualTo(400);
        assertThat(many.errorFields()).containsExactly("skills");
        assertThat(longTag.errorFields()).containsExactly("interests");
        assertThat(longBio.errorFields()).containsExactly("bio");
    }

    @Test
    void answers_an_unknown_user_with_404_and_a_wrongly_typed_list_with_400() {
        Caller ada = newCaller("ada");

        Http.Response unknown = http.get("/api/v1/profiles/00000000-0000-4000-8000-000000000000", ada.token());
        Http.Response wrongType = http.send("PUT", "/api/v1/profiles/" + ada.id(), ada.token(), "application/json",
                "{\"skills\": {\"not\": \"a list\"}}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.isProblem()).isTrue();
    }
}
