package io.cosmicsync.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.user.port.in.GrantNodeAdminCommand;
import io.cosmicsync.application.user.port.in.GrantNodeAdminUseCase;
import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RecommendationsApiTest extends ApiTestSupport {

    @Inject
    GrantNodeAdminUseCase grantNodeAdmin;

    @Test
    void an_admin_rebuilds_and_users_then_get_their_neighbours_with_scores_and_reasons() {
        Caller ada = profiled("ada", List.of("Erlang-" + suffix(), "Java"), List.of("Zig"));
        String erlang = skillsOf(ada).get(0);
        Caller bob = profiled("bob", List.of(erlang, "Java"), List.of("Zig"));
        Caller teacher = profiled("teach", List.of("Zig"), List.of());
        String admin = adminToken();

        Http.Response rebuild = http.post("/api/v1/recommendations/rebuild", admin, Map.of());
        Http.Response similar = http.get("/api/v1/recommendations/users?mode=similar&limit=5", ada.token());
        Http.Response complementary = http.get("/api/v1/recommendations/users?mode=complementary", ada.token());

        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(200);
        assertThat(((Number) rebuild.get("users")).intValue()).isGreaterThanOrEqualTo(3);
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.get("status")).isEqualTo("ready");
        assertThat(similar.get("built_at")).isNotNull();
        Map<String, Object> first = users(similar).get(0);
        assertThat(first.get("user_id")).isEqualTo(bob.id());
        assertThat(((Number) first.get("score")).doubleValue()).isBetween(0.0, 1.0);
        assertThat(first.get("reasons")).asList().contains(Map.of("kind", "shared_skill", "tag", erlang));
        assertThat(users(similar)).hasSizeLessThanOrEqualTo(5);
        assertThat(users(complementary)).extracting(user -> user.get("user_id")).contains(teacher.id());
        assertThat(users(complementary).get(0).get("reasons")).asList()
                .allMatch(reason -> ((Map<?, ?>) reason).get("kind").equals("skill_for_interest"));
    }

    @Test
    void a_user_the_last_rebuild_did_not_see_gets_an_empty_list_saying_so() {
        http.post("/api/v1/recommendations/rebuild", adminToken(), Map.of());
        Caller newcomer = newCaller("new");

        Http.Response response = http.get("/api/v1/recommendations/users", newcomer.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.get("status")).isEqualTo("not_included");
        assertThat(response.get("mode")).isEqualTo("similar");
        assertThat(response.get("users")).asList().isEmpty();
    }

    @Test
    void refuses_a_bad_mode_or_limit_with_a_problem_naming_the_parameter() {
        Caller ada = newCaller("ada");

        for (String query : List.of("mode=best", "mode=")) {
            Http.Response response = http.get("/api/v1/recommendations/users?" + query, ada.token());
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.errorFields()).containsExactly("mode");
        }
        for (String query : List.of("limit=0", "limit=21", "limit=ten", "limit=-1", "limit=99999999999")) {
            Http.Response response = http.get("/api/v1/recommendations/users?" + query, ada.token());
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.errorFields()).containsExactly("limit");
        }
    }

    @Test
    void requires_a_token_to_read_and_the_admin_role_to_rebuild() {
        Caller ada = newCaller("ada");

        Http.Response anonymousRead = http.get("/api/v1/recommendations/users", null);
        Http.Response anonymousRebuild = http.post("/api/v1/recommendations/rebuild", null, Map.of());
        Http.Response userRebuild = http.post("/api/v1/recommendations/rebuild", ada.token(), Map.of());

        assertThat(anonymousRead.status()).isEqualTo(401);
        assertThat(anonymousRebuild.status()).isEqualTo(401);
        assertThat(userRebuild.status()).isEqualTo(403);
        assertThat(userRebuild.isProblem()).isTrue();
        assertThat(anonymousRead.isProblem()).isTrue();
    }

    @Test
    void a_revoked_admin_is_refused_from_the_next_login_on() {
        Caller root = newCaller("root");
        grantNodeAdmin.grantNodeAdmin(new GrantNodeAdminCommand(root.username(), true));
        String adminToken = (String) login(root.username()).get("access_token");
        grantNodeAdmin.grantNodeAdmin(new GrantNodeAdminCommand(root.username(), false));
        String userToken = (String) login(root.username()).get("access_token");

        assertThat(http.post("/api/v1/recommendations/rebuild", adminToken, Map.of()).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/recommendations/rebuild", userToken, Map.of()).status()).isEqualTo(403);
    }

    private String adminToken() {
        Caller root = newCaller("root");
        grantNodeAdmin.grantNodeAdmin(new GrantNodeAdminCommand(root.username(), true));
        return (String) login(root.username()).get("access_token");
    }

    private Caller profiled(String prefix, List<String> skills, List<String> interests) {
        Caller caller = newCaller(prefix);
        Http.Response response = http.put("/api/v1/profiles/" + caller.id(), caller.token(),
                Map.of("skills", skills, "interests", interests));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return caller;
    }

    @SuppressWarnings("unchecked")
    private List<String> skillsOf(Caller caller) {
        return (List<String>) http.get("/api/v1/profiles/" + caller.id(), caller.token()).get("skills");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> users(Http.Response response) {
        return (List<Map<String, Object>>) response.get("users");
    }

    private static String suffix() {
        return uniqueName("x").substring(2);
    }
}
