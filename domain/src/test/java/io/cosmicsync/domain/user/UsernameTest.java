package io.cosmicsync.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada", "Ada.Lovelace", "a_b-c.d", "007", "x12", "abcdefghijklmnopqrstuvwxyz012345"})
    void accepts_3_to_32_letters_digits_dots_underscores_and_dashes_starting_with_a_letter_or_digit(String value) {
        assertThat(new Username(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ab", "abcdefghijklmnopqrstuvwxyz0123456", ".ada", "_ada", "-ada", "ada lovelace",
            "ada@home", "adé", "ada\n", " ada", "😀ab"})
    void refuses_other_shapes_naming_the_username_field(String value) {
        assertThatThrownBy(() -> new Username(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void keeps_the_case_as_given_and_compares_exactly() {
        assertThat(new Username("Ada")).isNotEqualTo(new Username("ada"));
        assertThat(new Username("Ada").toString()).isEqualTo("Ada");
    }
}
