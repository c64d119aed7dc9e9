package io.cosmicsync.adapter.p2p.multiformats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BasesTest {

    @Test
    void encodes_base58btc_test_vectors() {
        // draft-msporny-base58 section 5
        assertThat(Base58.encode("Hello World!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("2NEpo7TZRRrLZSi2U");
        assertThat(Base58.encode(HexFormat.of().parseHex("0000287fb4cd"))).isEqualTo("11233QC4");
        assertThat(Base58.encode(new byte[0])).isEmpty();
    }

    @Test
    void encodes_base32_test_vectors_from_rfc_4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("mzxw6ytboi");
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("my");
    }

    @Property
    void base58_round_trips_any_bytes(@ForAll @Size(max = 80) byte[] bytes) {
        assertThat(Base58.decode(Base58.encode(bytes))).isEqualTo(bytes);
    }

    @Property
    void base32_round_trips_any_bytes(@ForAll @Size(max = 80) byte[] bytes) {
        assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
    }

    @Property
    void multibase_round_trips_in_both_bases(@ForAll @Size(max = 40) byte[] bytes) {
        for (Multibase base : Multibase.values()) {
            assertThat(Multibase.decode(base.encode(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void rejects_characters_outside_the_alphabets() {
        assertThatThrownBy(() -> Base58.decode("0OIl")).isInstanceOf(MultiformatException.class);
        assertThatThrownBy(() -> Base32.decode("ab1")).isInstanceOf(MultiformatException.class);
    }

    @Test
    void rejects_an_unsupported_multibase_prefix() {
        assertThatThrownBy(() -> Multibase.decode("mAAAA")).hasMessageContaining("'m'");
    }
}
