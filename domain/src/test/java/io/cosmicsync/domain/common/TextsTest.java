package io.cosmicsync.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void a_control_character_anywhere_is_found_and_printable_text_has_none() {
        assertThat(Texts.hasControlCharacter("a\tb")).isTrue();
        assertThat(Texts.hasControlCharacter("\u0000")).isTrue();
        assertThat(Texts.hasControlCharacter("12D3KooW\u001f")).isTrue();
        assertThat(Texts.hasControlCharacter("12D3KooW ü \u007f \uD83D\uDE00")).isFalse();
        assertThat(Texts.hasControlCharacter("")).isFalse();
    }

    @Test
    void require_text_trims_and_refuses_blank_and_too_long() {
        assertThat(Texts.requireText("f", "  a b  ", 3)).isEqualTo("a b");
        assertRefused(() -> Texts.requireText("f", null, 3), "f");
        assertRefused(() -> Texts.requireText("f", " \t ", 3), "f");
        assertRefused(() -> Texts.requireText("f", "abcd", 3), "f");
    }

    @Test
    void lengths_count_code_points_after_trimming() {
        assertThat(Texts.requireText("f", " 😀😀😀 ", 3)).isEqualTo("😀😀😀");
        assertRefused(() -> Texts.requireText("f", "😀😀😀😀", 3), "f");
        assertThat(Texts.optionalText("f", "   ", 0)).isEmpty();
    }

    @Test
    void optional_text_is_empty_for_null() {
        assertThat(Texts.optionalText("f", null, 1)).isEmpty();
        assertRefused(() -> Texts.optionalText("f", "ab", 1), "f");
    }

    @Test
    void tags_keep_the_first_spelling_of_a_duplicate() {
        assertThat(Texts.tags("t", Arrays.asList("Go", null, "GO", " go ", "Java"), 5, 10))
                .containsExactly("Go", "Java");
        assertThat(Texts.tags("t", null, 5, 10)).isEmpty();
    }

    @Test
    void tags_refuse_a_too_long_tag_even_when_it_would_be_a_duplicate() {
        assertRefused(() -> Texts.tags("t", List.of("abc", "abcd"), 5, 3), "t");
    }

    @Test
    void tags_count_the_limit_after_de_duplication() {
        assertThat(Texts.tags("t", List.of("a", "A", "b"), 2, 3)).containsExactly("a", "b");
        assertRefused(() -> Texts.tags("t", List.of("a", "b", "c"), 2, 3), "t");
    }
}
