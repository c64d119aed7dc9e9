package io.cosmicsync.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshTokenTest {

    private static final String VALID = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ012-_89"; // 43

    @Test
    void accepts_43_base64url_characters() {
        assertThat(VALID).hasSize(43);
        assertThat(new RefreshToken(VALID).value()).isEqualTo(VALID);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ012-_8",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ012-_890", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ012+/89",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ012-_8=", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ012-_é9"})
    void refuses_other_shapes_naming_the_refresh_token_field(String value) {
        assertThatThrownBy(() -> new RefreshToken(value)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("refresh_token"));
    }

    @Test
    void never_reveals_the_token_in_its_text_form() {
        RefreshToken token = RefreshToken.generate();
        assertThat(token.toString()).doesNotContain(token.value()).doesNotContain(token.hash()).contains("redacted");
    }

    @Test
    void hash_is_the_sha256_hex_of_the_token_text() {
        // echo -n 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ012-_89' | sha256sum
        assertThat(new RefreshToken(VALID).hash())
                .isEqualTo("65aa8d3f74bb46339358ca1ee9f9eb4234ff235d9574cdf639a1cdf6c4c57c3d");
    }

    @Property(tries = 200)
    void generated_tokens_are_valid_and_hash_to_64_lower_case_hex_digits(@ForAll @IntRange(max = 3) int unused) {
        RefreshToken token = RefreshToken.generate();
        assertThat(new RefreshToken(token.value())).isEqualTo(token);
        assertThat(token.hash()).matches("[0-9a-f]{64}");
        assertThat(token.hash()).isEqualTo(new RefreshToken(token.value()).hash());
    }

    @Test
    void generated_tokens_differ() {
        assertThat(RefreshToken.generate()).isNotEqualTo(RefreshToken.generate());
        assertThat(RefreshToken.generate().hash()).isNotEqualTo(RefreshToken.generate().hash());
    }
}
