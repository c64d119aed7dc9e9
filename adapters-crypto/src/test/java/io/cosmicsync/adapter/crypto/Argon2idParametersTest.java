package io.cosmicsync.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Argon2idParametersTest {

    @Test
    void owasp_defaults_are_19_mib_two_passes_one_lane_16_byte_salt_32_byte_hash() {
        assertThat(Argon2idParameters.owaspDefaults()).isEqualTo(new Argon2idParameters(19_456, 2, 1, 16, 32));
    }

    @Test
    void accepts_the_bounds_themselves() {
        new Argon2idParameters(Argon2idParameters.MAX_MEMORY_KIB, Argon2idParameters.MAX_ITERATIONS,
                Argon2idParameters.MAX_PARALLELISM, Argon2idParameters.MAX_SALT_LENGTH,
                Argon2idParameters.MAX_HASH_LENGTH);
        new Argon2idParameters(8, 1, 1, Argon2idParameters.MIN_SALT_LENGTH, Argon2idParameters.MIN_HASH_LENGTH);
    }

    @Test
    void rejects_memory_above_a_quarter_gibibyte() {
        assertThatThrownBy(() -> new Argon2idParameters(262_145, 2, 1, 16, 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memoryKiB");
    }

    @Test
    void rejects_memory_below_eight_kib_per_lane() {
        assertThatThrownBy(() -> new Argon2idParameters(31, 1, 4, 16, 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memoryKiB");
    }

    @Test
    void rejects_iterations_lanes_salt_and_hash_lengths_out_of_bounds() {
        assertThatThrownBy(() -> new Argon2idParameters(64, 0, 1, 16, 32)).hasMessageContaining("iterations");
        assertThatThrownBy(() -> new Argon2idParameters(64, 11, 1, 16, 32)).hasMessageContaining("iterations");
        assertThatThrownBy(() -> new Argon2idParameters(64, 1, 0, 16, 32)).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> new Argon2idParameters(1024, 1, 17, 16, 32)).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> new Argon2idParameters(64, 1, 1, 7, 32)).hasMessageContaining("saltLength");
        assertThatThrownBy(() -> new Argon2idParameters(64, 1, 1, 65, 32)).hasMessageContaining("saltLength");
        assertThatThrownBy(() -> new Argon2idParameters(64, 1, 1, 16, 15)).hasMessageContaining("hashLength");
        assertThatThrownBy(() -> new Argon2idParameters(64, 1, 1, 16, 65)).hasMessageContaining("hashLength");
    }
}
