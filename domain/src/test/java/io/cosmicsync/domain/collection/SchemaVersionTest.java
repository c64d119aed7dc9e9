package io.cosmicsync.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.sync.StandardResolver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaVersionTest {

    private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");
    private static final String SCHEMA = "{\"type\":\"object\"}";

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "address.city", "_id", "a.b.c.d.e.f.g.h", "x1"})
    void accepts_dotted_property_paths(String path) {
        assertThat(FieldPath.parse("indexes", path).segments()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1st", "a..b", ".a", "a.", "a-b", "a b", "a.b.c.d.e.f.g.h.i", "$.a"})
    void refuses_other_paths_naming_the_request_field(String path) {
        assertRefused(() -> FieldPath.parse("indexes", path), "indexes");
    }

    @Test
    void splits_a_path_into_property_names() {
        assertThat(new FieldPath("address.city").segments()).containsExactly("address", "city");
    }

    @Test
    void turns_its_policies_into_the_sync_cores_conflict_policy() {
        SchemaVersion version = new SchemaVersion(1, SCHEMA, List.of(),
                Map.of(new FieldPath("score"), StandardResolver.KEEP_MAXIMUM), null, T0);

        assertThat(version.conflictPolicy().resolverFor("score")).isEqualTo(StandardResolver.KEEP_MAXIMUM);
        assertThat(version.conflictPolicy().resolverFor("title")).isEqualTo(StandardResolver.LAST_WRITER_WINS);
    }

    @Test
    void parses_resolvers_by_their_lower_case_names() {
        for (StandardResolver resolver : StandardResolver.values()) {
            assertThat(SchemaVersion.resolver("f", SchemaVersion.token(resolver))).isEqualTo(resolver);
        }
        assertThatThrownBy(() -> SchemaVersion.resolver("score", "highest"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("conflict_policies");
                    assertThat(e.reason()).contains("score").contains("keep_maximum");
                });
    }

    @Test
    void a_migration_is_declared_only_when_it_has_text() {
        assertThat(new SchemaVersion(2, SCHEMA, List.of(), Map.of(), "  ", T0).declaresMigration()).isFalse();
        assertThat(new SchemaVersion(2, SCHEMA, List.of(), Map.of(), "split name", T0).declaresMigration()).isTrue();
    }

    @Test
    void refuses_oversized_or_repeated_parts() {
        List<FieldPath> seventeen = IntStream.range(0, 17).mapToObj(i -> new FieldPath("f" + i)).toList();

        assertRefused(() -> new SchemaVersion(1, " ", List.of(), Map.of(), null, T0), "schema");
        assertRefused(() -> new SchemaVersion(1, "x".repeat(65_537), List.of(), Map.of(), null, T0), "schema");
        assertRefused(() -> new SchemaVersion(1, SCHEMA, seventeen, Map.of(), null, T0), "indexes");
        assertRefused(() -> new SchemaVersion(1, SCHEMA, List.of(new FieldPath("a"), new FieldPath("a")), Map.of(),
                null, T0), "indexes");
        assertRefused(() -> new SchemaVersion(1, SCHEMA, List.of(), Map.of(), "m".repeat(2001), T0), "migration");
        assertThatThrownBy(() -> new SchemaVersion(0, SCHEMA, List.of(), Map.of(), null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
