package io.cosmicsync.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CollectionTest {

    private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");
    private static final ProjectId PROJECT = ProjectId.random();
    private static final String SCHEMA = "{\"type\":\"object\"}";

    private static SchemaVersion version(int number) {
        return new SchemaVersion(number, SCHEMA, List.of(), Map.of(), null, T0.plusSeconds(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasks", "meeting_notes", "a", "x9"})
    void accepts_lower_case_table_like_names(String name) {
        assertThat(new CollectionName(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Tasks", "9lives", "_x", "with space", "dash-ed", "ä"})
    void refuses_other_names_naming_the_name_field(String name) {
        assertThatThrownBy(() -> new CollectionName(name))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void refuses_a_name_longer_than_63_characters() {
        assertThat(new CollectionName("a".repeat(63)).value()).hasSize(63);
        assertThatThrownBy(() -> new CollectionName("a".repeat(64))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_new_collection_has_version_1_and_grows_one_version_at_a_time() {
        Collection collection = Collection.create(PROJECT, new CollectionName("tasks"), version(1));

        Collection grown = collection.withVersion(version(2));

        assertThat(collection.current().version()).isEqualTo(1);
        assertThat(collection.nextVersion()).isEqualTo(2);
        assertThat(grown.current().version()).isEqualTo(2);
        assertThat(grown.versions()).extracting(SchemaVersion::version).containsExactly(1, 2);
        assertThat(grown.createdAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void refuses_gaps_and_a_first_version_other_than_1() {
        Collection collection = Collection.create(PROJECT, new CollectionName("tasks"), version(1));

        assertThatThrownBy(() -> collection.withVersion(version(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> collection.withVersion(version(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Collection.create(PROJECT, new CollectionName("tasks"), version(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reconstitutes_versions_given_in_any_order() {
        Collection loaded = Collection.reconstitute(PROJECT, new CollectionName("tasks"),
                List.of(version(3), version(1), version(2)));

        assertThat(loaded.versions()).extracting(SchemaVersion::version).containsExactly(1, 2, 3);
        assertThat(loaded.current().version()).isEqualTo(3);
    }
}
