package io.cosmicsync.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ChangeIdTest {

    @Property
    void its_hex_is_the_lowercase_hex_of_its_bytes_and_its_bytes_come_back(@ForAll @Size(32) byte[] sha256) {
        ChangeId id = ChangeId.of(sha256);

        assertThat(id.hex()).isEqualTo(HexFormat.of().formatHex(sha256)).hasSize(64);
        assertThat(id.bytes()).isEqualTo(sha256);
        assertThat(id.toString()).isEqualTo(id.hex().substring(0, 12));
    }

    @Property
    void ids_are_ordered_as_their_hex_strings_and_equal_when_their_bytes_are(@ForAll @Size(32) byte[] a, @ForAll @Size(32) byte[] b) {
        ChangeId x = ChangeId.of(a);
        ChangeId y = ChangeId.of(b);

        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(x.hex().compareTo(y.hex())));
        assertThat(x.equals(y)).isEqualTo(x.hex().equals(y.hex()));
        assertThat(x).isEqualTo(ChangeId.of(a.clone())).hasSameHashCodeAs(ChangeId.of(a.clone()));
    }

    @Test
    void an_id_keeps_its_bytes_when_the_caller_changes_the_arrays_it_gave_or_got() {
        byte[] given = new byte[32];
        ChangeId id = ChangeId.of(given);

        given[0] = 1;
        id.bytes()[1] = 1;

        assertThat(id.bytes()).isEqualTo(new byte[32]);
    }

    @Test
    void anything_but_32_bytes_is_refused() {
        assertThatThrownBy(() -> ChangeId.of(new byte[31])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> ChangeId.of(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }
}
