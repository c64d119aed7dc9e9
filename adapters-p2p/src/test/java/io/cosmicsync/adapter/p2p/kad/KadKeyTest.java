package io.cosmicsync.adapter.p2p.kad;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The XOR metric over SHA-256 keys. */
class KadKeyTest {

    @Property
    void distance_is_symmetric_and_zero_only_to_itself(@ForAll byte[] a, @ForAll byte[] b) {
        KadKey x = KadKey.of(a);
        KadKey y = KadKey.of(b);

        assertThat(x.distance(y)).isEqualTo(y.distance(x));
        assertThat(x.distance(x)).containsOnly(0);
        assertThat(x.byDistance().compare(x, y)).isLessThanOrEqualTo(0);
    }

    @Property
    void the_common_prefix_length_counts_the_leading_zero_bits_of_the_distance(@ForAll byte[] a, @ForAll byte[] b) {
        KadKey x = KadKey.of(a);
        KadKey y = KadKey.of(b);
        java.math.BigInteger distance = new java.math.BigInteger(1, x.distance(y));

        assertThat(x.commonPrefixLength(y)).isEqualTo(256 - distance.bitLength());
    }

    @Test
    void hashes_the_key_bytes_with_sha256() {
        // SHA-256("abc") = ba7816bf...; its distance to itself is zero and to SHA-256("") is their XOR
        KadKey abc = KadKey.of("abc".getBytes(StandardCharsets.US_ASCII));
        KadKey empty = KadKey.of(new byte[0]);
        byte[] expected = xor(
                HexFormat.of().parseHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                HexFormat.of().parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

        assertThat(abc.distance(empty)).isEqualTo(expected);
        assertThat(abc.commonPrefixLength(empty)).isEqualTo(1); // 0xba = 1011..., 0xe3 = 1110...: one shared bit
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }
}
