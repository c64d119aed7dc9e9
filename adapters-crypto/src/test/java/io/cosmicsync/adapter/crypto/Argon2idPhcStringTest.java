package io.cosmicsync.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser itself: a hash that verifies false could still have been computed; these show it never is. */
class Argon2idPhcStringTest {

    private static final String SALT_AND_HASH = "$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk";

    @Test
    void reads_the_parameters_salt_and_hash_from_the_string() {
        Argon2idPhcString parsed = Argon2idPhcString.parse("$argon2id$v=19$m=65536,t=3,p=4" + SALT_AND_HASH)
                .orElseThrow();

        assertThat(parsed.parameters()).isEqualTo(new Argon2idParameters(65_536, 3, 4, 16, 32));
        assertThat(new String(parsed.salt(), StandardCharsets.US_ASCII)).isEqualTo("somesaltsomesalt");
        assertThat(parsed.encode()).isEqualTo("$argon2id$v=19$m=65536,t=3,p=4" + SALT_AND_HASH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "m=262145,t=1,p=1", "m=4194304,t=1,p=1", "m=999999999,t=1,p=1", "m=1234567890,t=1,p=1",
        "m=64,t=11,p=1", "m=64,t=0,p=1", "m=1024,t=1,p=17", "m=64,t=1,p=0", "m=8,t=1,p=2",
    })
    void parses_nothing_when_the_costs_are_out_of_bounds(String costs) {
        assertThat(Argon2idPhcString.parse("$argon2id$v=19$" + costs + SALT_AND_HASH)).isEmpty();
    }
}
