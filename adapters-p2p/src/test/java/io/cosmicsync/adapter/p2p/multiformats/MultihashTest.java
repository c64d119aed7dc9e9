package io.cosmicsync.adapter.p2p.multiformats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MultihashTest {

    @Test
    void encodes_sha2_256_of_a_known_input() {
        Multihash hash = Multihash.sha256("foo".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(hash.toBytes()))
                .isEqualTo("12202c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
    }

    @Property
    void round_trips_identity_multihashes(@ForAll @Size(max = 200) byte[] data) {
        Multihash hash = Multihash.identity(data);
        assertThat(Multihash.fromBytes(hash.toBytes())).isEqualTo(hash);
    }

    @Test
    void rejects_unknown_codes_wrong_lengths_and_trailing_bytes() {
        assertThatThrownBy(() -> Multihash.fromBytes(HexFormat.of().parseHex("1301aa")))
                .hasMessageContaining("unsupported multihash code 0x13");
        assertThatThrownBy(() -> Multihash.fromBytes(HexFormat.of().parseHex("1201aa")))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> Multihash.fromBytes(HexFormat.of().parseHex("0001aabb")))
                .hasMessageContaining("trailing");
        assertThatThrownBy(() -> Multihash.fromBytes(HexFormat.of().parseHex("0005aabb")))
                .isInstanceOf(MultiformatException.class);
    }

    @Test
    void rejects_a_digest_longer_than_the_limit() {
        assertThatThrownBy(() -> Multihash.identity(new byte[Multihash.MAX_DIGEST_BYTES + 1]))
                .isInstanceOf(MultiformatException.class);
    }
}
