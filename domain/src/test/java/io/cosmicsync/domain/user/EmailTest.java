package io.cosmicsync.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void lower_cases_the_whole_address() {
        assertThat(new Email("Ada.Lovelace@Example.ORG").value()).isEqualTo("ada.lovelace@example.org");
        assertThat(new Email("ADA@EXAMPLE.ORG")).isEqualTo(new Email("ada@example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c", "ada+tag@mail.example.org", "o'brien@example.ie", "ada@xn--bcher-kva.example"})
    void accepts_local_at_domain_dot_tld(String value) {
        assertThat(new Email(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ada", "ada@example", "@example.org", "ada@@example.org", "ada@exa mple.org",
            "ada lovelace@example.org", "ada@example.", "ada@.org@x.y"})
    void refuses_other_shapes_naming_the_email_field(String value) {
        assertThatThrownBy(() -> new Email(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void accepts_254_characters_and_refuses_255() {
        String at254 = "l".repeat(64) + "@" + "d".repeat(254 - 64 - 1 - 4) + ".org";
        assertThat(at254).hasSize(254);
        assertThat(new Email(at254).value()).hasSize(254);

        String at255 = at254.replace("@", "@d");
        assertThatThrownBy(() -> new Email(at255))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void accepts_a_64_character_local_part_and_refuses_65() {
        assertThat(new Email("l".repeat(64) + "@example.org").value()).startsWith("l".repeat(64));
        assertThatThrownBy(() -> new Email("l".repeat(65) + "@example.org"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void never_holds_more_than_254_characters_after_lower_casing() {
        String local = "\u0130".repeat(20) + "l".repeat(30); // 50 chars, a valid local part
        String value = local + "@" + "d".repeat(254 - local.length() - 1 - 4) + ".org";
        assertThat(value).hasSize(254);

        assertThatThrownBy(() -> new Email(value))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("email");
    }
}
