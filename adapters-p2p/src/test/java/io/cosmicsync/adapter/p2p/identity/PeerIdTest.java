package io.cosmicsync.adapter.p2p.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.p2p.multiformats.MultiformatException;
import io.cosmicsync.adapter.p2p.multiformats.Multihash;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Byte vectors from peer-ids.md ("Test vectors") and its examples. */
class PeerIdTest {

    static final String SPEC_PRIVATE = "080112407e0830617c4a7de83925dfb2694556b12936c477a0e1feb2e148ec9da60fee7d"
            + "1ed1e8fae2c4a144b8be8fd4b47bf3d3b34b871c3cacf6010f0e42d474fce27e";
    static final String SPEC_PUBLIC = "080112201ed1e8fae2c4a144b8be8fd4b47bf3d3b34b871c3cacf6010f0e42d474fce27e";
    static final String SPEC_PEER_ID = "12D3KooWBtg3aaRMjxwedh83aGiUkwSxDwUZkzuJcfaqUmo7R3pq";

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void derives_the_spec_public_key_and_peer_id_from_the_spec_private_key() {
        Ed25519KeyPair pair = Ed25519KeyPair.fromPrivateKeyEnvelope(hex(SPEC_PRIVATE));
        assertThat(HexFormat.of().formatHex(pair.publicKey().encode())).isEqualTo(SPEC_PUBLIC);
        assertThat(pair.peerId()).hasToString(SPEC_PEER_ID);
        assertThat(pair.toPrivateKeyEnvelope()).isEqualTo(hex(SPEC_PRIVATE));
    }

    @Test
    void inlines_an_ed25519_key_with_the_identity_multihash() {
        PeerId id = PeerId.parse(SPEC_PEER_ID);
        assertThat(id.multihash().code()).isEqualTo(Multihash.IDENTITY);
        assertThat(id.publicKey()).contains(Ed25519PublicKey.decode(hex(SPEC_PUBLIC)));
        assertThat(id.matches(Ed25519PublicKey.decode(hex(SPEC_PUBLIC)))).isTrue();
    }

    @Test
    void parses_the_spec_sha256_peer_id_in_base58_and_cid_forms() {
        PeerId legacy = PeerId.parse("QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N");
        PeerId cid = PeerId.parse("bafzbeie5745rpv2m6tjyuugywy4d5ewrqgqqhfnf445he3omzpjbx5xqxe");
        assertThat(cid).isEqualTo(legacy);
        assertThat(legacy.multihash().code()).isEqualTo(Multihash.SHA2_256);
        assertThat(legacy.publicKey()).isEmpty();
        assertThat(legacy.toCid()).isEqualTo("bafzbeie5745rpv2m6tjyuugywy4d5ewrqgqqhfnf445he3omzpjbx5xqxe");
    }

    @Test
    void round_trips_through_bytes_base58_and_cid() {
        PeerId id = Ed25519KeyPair.generate().peerId();
        assertThat(id.toBase58()).startsWith("12D3KooW");
        assertThat(PeerId.fromBytes(id.toBytes())).isEqualTo(id);
        assertThat(PeerId.parse(id.toBase58())).isEqualTo(id);
        assertThat(PeerId.parse(id.toCid())).isEqualTo(id);
    }

    @Test
    void rejects_a_cid_that_is_not_a_libp2p_key() {
        // a CIDv1 of raw content (codec 0x55)
        String raw = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
        assertThatThrownBy(() -> PeerId.parse(raw)).isInstanceOf(MultiformatException.class)
                .hasMessageContaining("not libp2p-key");
    }

    @Test
    void rejects_garbage_text() {
        assertThatThrownBy(() -> PeerId.parse("12D3KooW0000")).isInstanceOf(MultiformatException.class);
        assertThatThrownBy(() -> PeerId.parse("")).isInstanceOf(MultiformatException.class);
    }

    @Test
    void signatures_verify_only_with_the_signing_key_and_the_signed_bytes() {
        Ed25519KeyPair pair = Ed25519KeyPair.generate();
        byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
        byte[] signature = pair.sign(data);
        assertThat(pair.publicKey().verify(data, signature)).isTrue();
        assertThat(pair.publicKey().verify("hellp".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(Ed25519KeyPair.generate().publicKey().verify(data, signature)).isFalse();
        assertThat(pair.publicKey().verify(data, new byte[3])).isFalse();
    }

    @Test
    void rejects_other_key_types_and_mismatched_private_keys() {
        assertThatThrownBy(() -> Ed25519PublicKey.decode(hex("0800120401020304")))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("RSA");
        byte[] tampered = hex(SPEC_PRIVATE);
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> Ed25519KeyPair.fromPrivateKeyEnvelope(tampered))
                .isInstanceOf(InvalidKeyException.class);
        assertThatThrownBy(() -> Ed25519PublicKey.decode(hex("ffff"))).isInstanceOf(InvalidKeyException.class);
    }

    @Test
    void reads_the_legacy_96_byte_private_key_form() {
        String data = SPEC_PRIVATE.substring(8) + SPEC_PRIVATE.substring(8 + 64);
        Ed25519KeyPair pair = Ed25519KeyPair.fromPrivateKeyEnvelope(hex("08011260" + data));
        assertThat(pair.peerId()).hasToString(SPEC_PEER_ID);
    }
}
