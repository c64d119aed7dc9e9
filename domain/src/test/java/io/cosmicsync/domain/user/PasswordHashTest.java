package io.cosmicsync.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

    private static final String PHC = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

    @Test
    void never_reveals_the_hash_in_its_text_form() {
        PasswordHash hash = new PasswordHash(PHC);
        assertThat(hash.toString()).doesNotContain("argon2id").doesNotContain("c2FsdHNhbHQ").contains("redacted");
        assertThat(hash.encoded()).isEqualTo(PHC);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "argon2id$v=19", "plaintext"})
    void refuses_anything_but_a_phc_string(String encoded) {
        assertThatThrownBy(() -> new PasswordHash(encoded)).isInstanceOf(IllegalArgumentException.class);
    }
}
