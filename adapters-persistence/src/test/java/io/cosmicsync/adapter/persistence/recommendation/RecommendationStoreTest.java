package io.cosmicsync.adapter.persistence.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.recommendation.NeighbourRow;
import io.cosmicsync.application.recommendation.NeighbourTable;
import io.cosmicsync.application.recommendation.RecommendationList;
import io.cosmicsync.application.recommendation.port.out.LoadRecommendationsPort;
import io.cosmicsync.application.recommendation.port.out.LoadUserFeaturesPort;
import io.cosmicsync.application.recommendation.port.out.SaveRecommendationsPort;
import io.cosmicsync.application.user.port.out.SaveProfilePort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.recommendation.Reason;
import io.cosmicsync.domain.recommendation.ReasonKind;
import io.cosmicsync.domain.recommendation.Recommendation;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import io.cosmicsync.domain.recommendation.UserFeatures;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RecommendationStoreTest extends PostgresTest {

    private static final Instant FIRST_RUN = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant SECOND_RUN = Instant.parse("2026-01-02T10:00:00Z");
    private static final List<Reason> VOCABULARY = List.of(new Reason(ReasonKind.SHARED_SKILL, "Java"),
            new Reason(ReasonKind.SHARED_INTEREST, "Rust"), new Reason(ReasonKind.SKILL_FOR_INTEREST, "Go\t\"x\""));

    @Inject
    SaveRecommendationsPort save;
    @Inject
    LoadRecommendationsPort load;
    @Inject
    LoadUserFeaturesPort features;
    @Inject
    SaveUserPort saveUser;
    @Inject
    SaveProfilePort saveProfile;

    private User ada;
    private User bob;
    private User cy;

    @BeforeEach
    void users() {
        jdbc.execute(c -> c.createStatement().executeUpdate("TRUNCATE recommendation_current, recommendation_generations, "
                + "recommendation_reasons, user_recommendations"));
        ada = TestData.user("ada", "ada@example.org");
        bob = TestData.user("bob", "bob@example.org");
        cy = TestData.user("cyd", "cy@example.org");
        for (User user : List.of(ada, bob, cy)) {
            saveUser.insertUser(user);
        }
    }

    @Test
    void says_not_built_before_the_first_run() {
        RecommendationList list = load.loadRecommendations(ada.id(), RecommendationMode.SIMILAR, 10);

        assertThat(list.status()).isEqualTo(RecommendationList.Status.NOT_BUILT);
        assertThat(list.builtAt()).isNull();
        assertThat(list.recommendations()).isEmpty();
    }

    @Test
    void serves_what_was_saved_with_scores_and_reasons_up_to_the_limit() {
        save.replaceRecommendations(table(List.of(ada.id(), bob.id(), cy.id())), FIRST_RUN);

        RecommendationList all = load.loadRecommendations(ada.id(), RecommendationMode.SIMILAR, 10);
        RecommendationList one = load.loadRecommendations(ada.id(), RecommendationMode.SIMILAR, 1);
        RecommendationList complementary = load.loadRecommendations(ada.id(), RecommendationMode.COMPLEMENTARY, 10);

        assertThat(all.status()).isEqualTo(RecommendationList.Status.READY);
        assertThat(all.builtAt()).isEqualTo(FIRST_RUN);
        assertThat(all.recommendations()).containsExactly(
                new Recommendation(bob.id(), 0.75f, List.of(VOCABULARY.get(0), VOCABULARY.get(1))),
                new Recommendation(cy.id(), 0.5f, List.of()));
        assertThat(one.recommendations()).hasSize(1);
        assertThat(complementary.recommendations()).containsExactly(
                new Recommendation(cy.id(), 0.25f, List.of(VOCABULARY.get(2))));
    }

    @Test
    void says_not_included_for_a_user_the_last_run_did_not_see() {
        save.replaceRecommendations(table(List.of(ada.id(), bob.id(), cy.id())), FIRST_RUN);

        RecommendationList list = load.loadRecommendations(UserId.random(), RecommendationMode.SIMILAR, 10);

        assertThat(list.status()).isEqualTo(RecommendationList.Status.NOT_INCLUDED);
        assertThat(list.builtAt()).isEqualTo(FIRST_RUN);
    }

    @Test
    void a_new_run_replaces_the_old_one_and_drops_generations_before_the_previous() {
        long first = save.replaceRecommendations(table(List.of(ada.id(), bob.id(), cy.id())), FIRST_RUN);
        long second = save.replaceRecommendations(table(List.of(ada.id(), cy.id(), bob.id())), SECOND_RUN);
        long third = save.replaceRecommendations(table(List.of(ada.id(), cy.id(), bob.id())), SECOND_RUN);

        RecommendationList list = load.loadRecommendations(ada.id(), RecommendationMode.SIMILAR, 10);

        assertThat(second).isGreaterThan(first);
        assertThat(list.builtAt()).isEqualTo(SECOND_RUN);
        assertThat(list.recommendations()).extracting(Recommendation::userId).containsExactly(cy.id(), bob.id());
        assertThat(generationsStored()).containsExactly(second, third);
    }

    @Test
    void a_run_that_fails_while_writing_keeps_the_previous_results_and_leaves_no_rows_behind() {
        long first = save.replaceRecommendations(table(List.of(ada.id(), bob.id(), cy.id())), FIRST_RUN);
        NeighbourTable broken = brokenTable(List.of(ada.id(), bob.id(), cy.id()));

        assertThatThrownBy(() -> save.replaceRecommendations(broken, SECOND_RUN)).isInstanceOf(StorageException.class);

        RecommendationList list = load.loadRecommendations(ada.id(), RecommendationMode.SIMILAR, 10);
        assertThat(list.builtAt()).isEqualTo(FIRST_RUN);
        assertThat(list.recommendations()).extracting(Recommendation::userId).containsExactly(bob.id(), cy.id());
        assertThat(generationsStored()).containsExactly(first);
    }

    @Test
    void leaves_out_recommended_people_whose_account_was_deleted_since() {
        save.replaceRecommendations(table(List.of(ada.id(), bob.id(), cy.id())), FIRST_RUN);
        jdbc.execute(c -> c.createStatement().executeUpdate("DELETE FROM users WHERE username = 'bob'"));

        RecommendationList list = load.loadRecommendations(ada.id(), RecommendationMode.SIMILAR, 10);

        assertThat(list.recommendations()).extracting(Recommendation::userId).containsExactly(cy.id());
    }

    @Test
    void loads_every_profile_with_the_projects_its_user_is_a_member_of() {
        saveProfile.saveProfile(new Profile(ada.id(), "", "", List.of("Java"), List.of("Rust"), TestData.now()));
        saveProfile.saveProfile(Profile.empty(bob.id(), TestData.now()));
        saveProfile.saveProfile(Profile.empty(cy.id(), TestData.now()));
        String project = "11111111-1111-4111-8111-111111111111";
        jdbc.execute(c -> c.createStatement().executeUpdate("INSERT INTO projects VALUES "
                + "('" + project + "', 'p', '', '" + ada.id() + "', now(), now())"));
        jdbc.execute(c -> c.createStatement().executeUpdate("INSERT INTO project_members VALUES "
                + "('" + project + "', '" + ada.id() + "', 'owner', now()), "
                + "('" + project + "', '" + bob.id() + "', 'viewer', now())"));

        List<UserFeatures> loaded = features.loadAllUserFeatures();

        assertThat(loaded).containsExactlyInAnyOrder(
                new UserFeatures(ada.id(), List.of("Java"), List.of("Rust"), List.of(project)),
                new UserFeatures(bob.id(), List.of(), List.of(), List.of(project)),
                new UserFeatures(cy.id(), List.of(), List.of(), List.of()));
    }

    private List<Long> generationsStored() {
        return jdbc.execute(c -> {
            var rs = c.createStatement().executeQuery(
                    "SELECT DISTINCT generation FROM user_recommendations ORDER BY generation");
            List<Long> generations = new java.util.ArrayList<>();
            while (rs.next()) {
                generations.add(rs.getLong(1));
            }
            return generations;
        });
    }

    /** Users [first, x, y]: first's similar neighbours are x (0.75, two reasons) and y (0.5); complementary y. */
    private static NeighbourTable table(List<UserId> users) {
        NeighbourRow similar = new NeighbourRow(new int[] {1, 2}, new float[] {0.75f, 0.5f}, new int[][] {{0, 1}, {}});
        NeighbourRow complementary = new NeighbourRow(new int[] {2}, new float[] {0.25f}, new int[][] {{2}});
        return new NeighbourTable(users, VOCABULARY, Map.of(
                RecommendationMode.SIMILAR, List.of(similar, NeighbourRow.EMPTY, NeighbourRow.EMPTY),
                RecommendationMode.COMPLEMENTARY, List.of(complementary, NeighbourRow.EMPTY, NeighbourRow.EMPTY)));
    }

    /** The last user's row refers to a reason that does not exist: writing fails after the first rows. */
    private static NeighbourTable brokenTable(List<UserId> users) {
        NeighbourRow bad = new NeighbourRow(new int[] {0}, new float[] {0.5f}, new int[][] {{99}});
        return new NeighbourTable(users, VOCABULARY, Map.of(
                RecommendationMode.SIMILAR, List.of(NeighbourRow.EMPTY, NeighbourRow.EMPTY, bad),
                RecommendationMode.COMPLEMENTARY, List.of(NeighbourRow.EMPTY, NeighbourRow.EMPTY, NeighbourRow.EMPTY)));
    }
}
