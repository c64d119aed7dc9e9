package io.cosmicsync.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectIdTest {

    @Test
    void parses_its_own_text_form_and_upper_case_hex() {
        ProjectId id = ProjectId.random();
        assertThat(ProjectId.parse(id.toString())).isEqualTo(id);
        assertThat(ProjectId.parse(id.toString().toUpperCase())).isEqualTo(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not-a-uuid", "123e4567-e89b-12d3-a456-4266141740001",
            "zzze4567-e89b-12d3-a456-426614174000"})
    void refuses_what_is_not_a_uuid_naming_the_id_field(String text) {
        assertThatThrownBy(() -> ProjectId.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }
}
