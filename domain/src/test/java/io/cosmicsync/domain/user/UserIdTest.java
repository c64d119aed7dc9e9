package io.cosmicsync.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

    @Test
    void parses_its_own_text_form() {
        UserId id = UserId.random();
        assertThat(UserId.parse(id.toString())).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(id.value().toString());
    }

    @Test
    void random_ids_differ() {
        assertThat(UserId.random()).isNotEqualTo(UserId.random());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ada", "123e4567-e89b-12d3-a456-42661417400", "123e4567-e89b-12d3-a456-4266141740000",
            "123e4567-e89b-12d3-a456-42661417400g", "123e4567e89b12d3a456426614174000"})
    void refuses_what_is_not_a_uuid_naming_the_id_field(String text) {
        assertThatThrownBy(() -> UserId.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }

    @Test
    void refuses_a_null_value() {
        assertThatThrownBy(() -> new UserId(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000-00000-0000-0000-000000000000", "+0000000-0000-0000-0000-000000000000"})
    void refuses_36_characters_that_are_not_the_canonical_8_4_4_4_12_form(String text) {
        assertThatThrownBy(() -> UserId.parse(text)).isInstanceOf(InvalidValueException.class);
    }
}
