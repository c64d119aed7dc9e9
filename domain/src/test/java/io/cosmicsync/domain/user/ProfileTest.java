package io.cosmicsync.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final UserId OWNER = UserId.random();
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final String EMOJI = "😀"; // one code point, two UTF-16 chars

    private static Profile profile(String name, String bio, List<String> skills, List<String> interests) {
        return new Profile(OWNER, name, bio, skills, interests, NOW);
    }

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void starts_empty() {
        Profile p = Profile.empty(OWNER, NOW);
        assertThat(p.name()).isEmpty();
        assertThat(p.bio()).isEmpty();
        assertThat(p.skills()).isEmpty();
        assertThat(p.interests()).isEmpty();
        assertThat(p.userId()).isEqualTo(OWNER);
        assertThat(p.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void turns_null_texts_and_lists_into_empty_ones_and_trims_texts() {
        Profile p = profile(null, "  hello \n", null, null);
        assertThat(p.name()).isEmpty();
        assertThat(p.bio()).isEqualTo("hello");
        assertThat(p.skills()).isEmpty();
        assertThat(p.interests()).isEmpty();
    }

    @Test
    void counts_the_name_in_code_points_up_to_100() {
        assertThat(profile(EMOJI.repeat(100), "", List.of(), List.of()).name()).hasSize(200);
        assertRefused(() -> profile(EMOJI.repeat(101), "", List.of(), List.of()), "name");
        assertRefused(() -> profile("n".repeat(101), "", List.of(), List.of()), "name");
    }

    @Test
    void counts_the_bio_in_code_points_up_to_2000() {
        assertThat(profile("", EMOJI.repeat(2000), List.of(), List.of()).bio()).hasSize(4000);
        assertRefused(() -> profile("", "b".repeat(2001), List.of(), List.of()), "bio");
    }

    @Test
    void normalizes_skills_trimming_dropping_blanks_and_duplicates_ignoring_case_in_order() {
        Profile p = profile("", "", Arrays.asList(" Java ", "", null, "  ", "rust", "JAVA", "Rust ", "go"), List.of());
        assertThat(p.skills()).containsExactly("Java", "rust", "go");
    }

    @Test
    void names_the_interests_field_when_an_interest_is_too_long() {
        assertThat(profile("", "", List.of(), List.of(EMOJI.repeat(50))).interests()).hasSize(1);
        assertRefused(() -> profile("", "", List.of(), List.of("i".repeat(51))), "interests");
        assertRefused(() -> profile("", "", List.of("s".repeat(51)), List.of()), "skills");
    }

    @Test
    void allows_100_distinct_tags_and_refuses_101() {
        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> "tag" + i).toList();
        assertThat(profile("", "", hundred, hundred).skills()).hasSize(100);

        List<String> hundredOne = IntStream.range(0, 101).mapToObj(i -> "tag" + i).toList();
        assertRefused(() -> profile("", "", hundredOne, List.of()), "skills");
        assertRefused(() -> profile("", "", List.of(), hundredOne), "interests");
    }

    @Test
    void counts_the_tag_limit_after_removing_duplicates() {
        List<String> tags = new ArrayList<>(IntStream.range(0, 100).mapToObj(i -> "tag" + i).toList());
        tags.add("TAG0");
        tags.add("   ");
        assertThat(profile("", "", tags, List.of()).skills()).hasSize(100);
    }

    @Test
    void keeps_a_copy_of_the_lists_it_was_given() {
        List<String> given = new ArrayList<>(List.of("java"));
        Profile p = profile("", "", given, List.of());
        given.add("rust");
        assertThat(p.skills()).containsExactly("java");
        assertThatThrownBy(() -> p.skills().add("go")).isInstanceOf(UnsupportedOperationException.class);
    }
}
