package io.cosmicsync.application.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectCursorTest {

    /** Valid project names: 1–100 code points, including newlines, emoji and other non-ASCII text. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> codePoint = Arbitraries.oneOf(
                Arbitraries.of("\n", "\r\n", "\t", " ", "é", "ß", "İ", "中", "😀", "🚀", "\u200B", "a", "Z", "-"),
                Arbitraries.integers().between(0x20, 0x2FFFF)
                        .filter(cp -> Character.isDefined(cp) && Character.getType(cp) != Character.SURROGATE)
                        .map(Character::toString));
        return codePoint.list().ofMinSize(1).ofMaxSize(100).map(parts -> String.join("", parts))
                .map(s -> s.strip().isEmpty() ? "x" + s : s)
                .map(s -> s.strip().codePointCount(0, s.strip().length()) > 100 ? "x" : s);
    }

    @Provide
    Arbitrary<Project> projects() {
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
        return Combinators.combine(names(), instants).as((name, at) ->
                Project.reconstitute(ProjectId.random(), name, "", UserId.random(), at, at));
    }

    @Property(tries = 500)
    void decoding_an_encoded_cursor_gives_it_back(@ForAll("projects") Project last, @ForAll ProjectSort sort) {
        ProjectCursor cursor = ProjectCursor.after(last, sort);

        ProjectCursor decoded = ProjectCursor.decode(cursor.encode(), sort);

        assertThat(decoded).isEqualTo(cursor);
        assertThat(decoded.id()).isEqualTo(last.id());
        if (sort == ProjectSort.NAME_ASC || sort == ProjectSort.NAME_DESC) {
            assertThat(decoded.key()).isEqualTo(last.name());
        } else {
            assertThat(decoded.createdAtKey()).isEqualTo(last.createdAt());
        }
    }

    @Property(tries = 200)
    void encoded_cursors_are_url_safe(@ForAll("projects") Project last, @ForAll ProjectSort sort) {
        assertThat(ProjectCursor.after(last, sort).encode()).matches("[A-Za-z0-9_-]+");
    }

    @Property(tries = 200)
    void a_cursor_is_refused_under_any_other_sort(@ForAll("projects") Project last, @ForAll ProjectSort sort,
                                                  @ForAll ProjectSort other) {
        if (sort == other) {
            return;
        }
        String encoded = ProjectCursor.after(last, sort).encode();
        assertThatThrownBy(() -> ProjectCursor.decode(encoded, other))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    private static String b64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "not base64 at all", "bmFtZQ"})
    void refuses_text_that_is_not_a_cursor(String text) {
        assertThatThrownBy(() -> ProjectCursor.decode(text, ProjectSort.NAME_ASC))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    @Test
    void refuses_a_cursor_with_a_bad_id_or_a_bad_instant() {
        assertThatThrownBy(() -> ProjectCursor.decode(b64("name\nnot-a-uuid\nCosmic"), ProjectSort.NAME_ASC))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
        String id = ProjectId.random().toString();
        assertThatThrownBy(() -> ProjectCursor.decode(b64("created_at\n" + id + "\nyesterday"),
                ProjectSort.CREATED_AT_ASC))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    @Test
    void refuses_a_cursor_longer_than_1024_characters() {
        assertThatThrownBy(() -> ProjectCursor.decode("A".repeat(1025), ProjectSort.NAME_ASC))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    @ParameterizedTest
    @EnumSource(ProjectSort.class)
    void the_longest_possible_name_fits_in_a_cursor(ProjectSort sort) {
        Project last = Project.reconstitute(ProjectId.random(), "😀".repeat(100), "", UserId.random(),
                Instant.parse("2026-01-01T00:00:00.123456789Z"), Instant.parse("2026-01-01T00:00:00Z"));
        ProjectCursor cursor = ProjectCursor.after(last, sort);
        assertThat(ProjectCursor.decode(cursor.encode(), sort)).isEqualTo(cursor);
    }

    @Test
    void sorts_parse_their_api_spelling_and_default_to_newest_first() {
        assertThat(ProjectSort.parse(null)).isEqualTo(ProjectSort.CREATED_AT_DESC);
        assertThat(ProjectSort.parse(" ")).isEqualTo(ProjectSort.CREATED_AT_DESC);
        for (ProjectSort sort : ProjectSort.values()) {
            assertThat(ProjectSort.parse(sort.token())).isEqualTo(sort);
        }
        assertThatThrownBy(() -> ProjectSort.parse("NAME"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sort"));
    }
}
