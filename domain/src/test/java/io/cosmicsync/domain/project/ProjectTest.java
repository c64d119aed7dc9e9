package io.cosmicsync.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {

    private static final UserId ADA = UserId.random();
    private static final UserId BOB = UserId.random();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-05T00:00:00Z");
    private static final String EMOJI = "🚀";

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void a_new_project_belongs_to_its_creator_and_is_stamped_now() {
        Project p = Project.create("  Cosmic  ", null, ADA, T0);
        assertThat(p.name()).isEqualTo("Cosmic");
        assertThat(p.description()).isEmpty();
        assertThat(p.creatorId()).isEqualTo(ADA);
        assertThat(p.createdAt()).isEqualTo(T0);
        assertThat(p.updatedAt()).isEqualTo(T0);
        assertThat(p.isCreatedBy(ADA)).isTrue();
        assertThat(p.isCreatedBy(BOB)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void refuses_a_blank_name(String name) {
        assertRefused(() -> Project.create(name, "", ADA, T0), "name");
    }

    @Test
    void counts_the_name_in_code_points_from_1_to_100() {
        assertThat(Project.create("x", "", ADA, T0).name()).isEqualTo("x");
        assertThat(Project.create(EMOJI.repeat(100), "", ADA, T0).name()).hasSize(200);
        assertRefused(() -> Project.create(EMOJI.repeat(101), "", ADA, T0), "name");
        assertRefused(() -> Project.create("n".repeat(101), "", ADA, T0), "name");
    }

    @Test
    void counts_the_description_in_code_points_up_to_2000() {
        assertThat(Project.create("p", EMOJI.repeat(2000), ADA, T0).description()).hasSize(4000);
        assertRefused(() -> Project.create("p", "d".repeat(2001), ADA, T0), "description");
    }

    @Test
    void update_replaces_given_fields_and_keeps_id_creator_and_creation_time() {
        Project p = Project.create("Cosmic", "first", ADA, T0);

        Project renamed = p.update("Cosmic 2", null, T1);
        assertThat(renamed.id()).isEqualTo(p.id());
        assertThat(renamed.name()).isEqualTo("Cosmic 2");
        assertThat(renamed.description()).isEqualTo("first");
        assertThat(renamed.creatorId()).isEqualTo(ADA);
        assertThat(renamed.createdAt()).isEqualTo(T0);
        assertThat(renamed.updatedAt()).isEqualTo(T1);

        Project described = p.update(null, "", T1);
        assertThat(described.name()).isEqualTo("Cosmic");
        assertThat(described.description()).isEmpty();
        assertThat(p.name()).isEqualTo("Cosmic");
    }

    @Test
    void update_validates_the_new_values() {
        Project p = Project.create("Cosmic", "", ADA, T0);
        assertRefused(() -> p.update(" ", null, T1), "name");
        assertRefused(() -> p.update(null, "d".repeat(2001), T1), "description");
    }

    @Test
    void reconstitute_keeps_every_field() {
        ProjectId id = ProjectId.random();
        Project p = Project.reconstitute(id, "Loaded", "desc", BOB, T0, T1);
        assertThat(p.id()).isEqualTo(id);
        assertThat(p.creatorId()).isEqualTo(BOB);
        assertThat(p.createdAt()).isEqualTo(T0);
        assertThat(p.updatedAt()).isEqualTo(T1);
        assertThat(p.isCreatedBy(BOB)).isTrue();
    }
}
