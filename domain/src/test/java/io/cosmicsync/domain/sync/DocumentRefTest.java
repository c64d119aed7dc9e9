package io.cosmicsync.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentRefTest {

    @Test
    void accepts_any_printable_unicode_name() {
        assertThat(new DocumentRef("projet-é", "notes 🌍", "n1").id()).isEqualTo("n1");
    }

    @Test
    void rejects_control_characters_which_text_columns_cannot_hold() {
        assertThatThrownBy(() -> new DocumentRef("p", "notes", "a\u0000b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control characters");
        assertThatThrownBy(() -> new DocumentRef("p\n", "notes", "n1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_an_unpaired_surrogate() {
        assertThatThrownBy(() -> new DocumentRef("p", "notes\ud800", "n1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid Unicode");
    }
}
