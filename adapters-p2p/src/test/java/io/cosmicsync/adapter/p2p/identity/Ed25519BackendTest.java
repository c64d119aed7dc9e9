package io.cosmicsync.adapter.p2p.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Corretto, Conscrypt and Tink make the same Ed25519 signatures and agree on which ones are valid. */
class Ed25519BackendTest {
    private static final HexFormat HEX = HexFormat.of();
    /** RFC 8032, section 7.1, TEST 3 (a two-byte message). */
    private static final byte[] RFC_SEED = HEX.parseHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7");
    private static final byte[] RFC_PUBLIC = HEX.parseHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025");
    private static final byte[] RFC_MESSAGE = HEX.parseHex("af82");
    private static final byte[] RFC_SIGNATURE = HEX.parseHex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
            + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    /** The order of the Ed25519 base point (RFC 8032, section 5.1). */
    private static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    private static List<Ed25519Backend> backends() {
        return Stream.concat(Stream.of(Ed25519Backend.tink()), Ed25519Backend.nativeBackends().stream()).toList();
    }

    private static List<Ed25519Backend> nativeBackends() {
        assumeTrue(!Ed25519Backend.nativeBackends().isEmpty(), "no native Ed25519 library is available here");
        return Ed25519Backend.nativeBackends();
    }

    @Test
    void corretto_is_chosen_where_its_native_library_loads() {
        assumeTrue(Ed25519Backend.corretto().isPresent(), "the Corretto provider's native library is not available here");
        Ed25519Backend corretto = Ed25519Backend.corretto().orElseThrow();

        assertThat(Ed25519Backend.fastest()).isSameAs(corretto);
        assertThat(Ed25519Choice.agreesWithTink(corretto)).isTrue();
    }

    @Test
    void every_native_backend_that_loads_passes_the_known_answer_check_and_corretto_comes_first() {
        List<Ed25519Backend> nativeBackends = nativeBackends();

        assertThat(nativeBackends).allMatch(Ed25519Choice::agreesWithTink);
        assertThat(nativeBackends).extracting(Ed25519Backend::name).isSubsetOf("corretto", "conscrypt");
        assertThat(nativeBackends.get(0).name()).isEqualTo(Ed25519Backend.corretto().isPresent() ? "corretto" : "conscrypt");
    }

    @Test
    void every_backend_makes_and_accepts_the_rfc_8032_test_vector() {
        for (Ed25519Backend backend : backends()) {
            assertThat(backend.signer(RFC_SEED).sign(RFC_MESSAGE)).as(backend.name()).isEqualTo(RFC_SIGNATURE);
            assertThat(backend.verifier(RFC_PUBLIC).verify(RFC_MESSAGE, RFC_SIGNATURE)).as(backend.name()).isTrue();
        }
        assertThat(TinkEd25519.publicKeyOf(RFC_SEED)).isEqualTo(RFC_PUBLIC);
    }

    @Property(tries = 50)
    void a_signature_made_by_tink_verifies_with_each_native_backend_and_the_other_way_round(
            @ForAll @Size(32) byte[] seed, @ForAll @Size(max = 200) byte[] message) {
        Ed25519Backend tink = Ed25519Backend.tink();
        byte[] publicKey = TinkEd25519.publicKeyOf(seed);
        byte[] byTink = tink.signer(seed).sign(message);

        for (Ed25519Backend backend : nativeBackends()) {
            byte[] byNative = backend.signer(seed).sign(message);

            assertThat(byNative).as(backend.name()).isEqualTo(byTink);
            assertThat(backend.verifier(publicKey).verify(message, byTink)).as(backend.name()).isTrue();
            assertThat(tink.verifier(publicKey).verify(message, byNative)).as(backend.name()).isTrue();
        }
    }

    @Property(tries = 50)
    void an_altered_signature_or_message_fails_on_every_backend(
            @ForAll @Size(32) byte[] seed, @ForAll @Size(min = 1, max = 200) byte[] message, @ForAll byte bitIndex) {
        byte[] publicKey = TinkEd25519.publicKeyOf(seed);
        byte[] signature = Ed25519Backend.tink().signer(seed).sign(message);
        int bit = Math.floorMod(bitIndex, 8);
        byte[] alteredSignature = signature.clone();
        alteredSignature[Math.floorMod(bitIndex * 31, 64)] ^= (byte) (1 << bit);
        byte[] alteredMessage = message.clone();
        alteredMessage[Math.floorMod(bitIndex, message.length)] ^= (byte) (1 << bit);

        for (Ed25519Backend backend : backends()) {
            Ed25519Backend.Verifier verifier = backend.verifier(publicKey);
            assertThat(verifier.verify(message, alteredSignature)).as(backend.name()).isFalse();
            assertThat(verifier.verify(alteredMessage, signature)).as(backend.name()).isFalse();
        }
    }

    @Test
    void a_signature_by_another_key_fails_on_every_backend() {
        byte[] mallory = new byte[32];
        Arrays.fill(mallory, (byte) 42);
        byte[] forged = Ed25519Backend.tink().signer(mallory).sign(RFC_MESSAGE);

        for (Ed25519Backend backend : backends()) {
            assertThat(backend.verifier(RFC_PUBLIC).verify(RFC_MESSAGE, forged)).as(backend.name()).isFalse();
        }
    }

    @Test
    void a_malleated_signature_with_s_plus_the_group_order_fails_on_every_backend() {
        byte[] s = Arrays.copyOfRange(RFC_SIGNATURE, 32, 64);
        BigInteger malleated = new BigInteger(1, reversed(s)).add(L);
        byte[] sPlusL = reversed(toFixed(malleated, 32));
        byte[] signature = Arrays.copyOf(RFC_SIGNATURE, 64);
        System.arraycopy(sPlusL, 0, signature, 32, 32);

        for (Ed25519Backend backend : backends()) {
            assertThat(backend.verifier(RFC_PUBLIC).verify(RFC_MESSAGE, signature)).as(backend.name()).isFalse();
        }
    }

    @Test
    void malformed_signatures_fail_without_throwing_and_malformed_keys_are_refused() {
        byte[] message = "m".getBytes(StandardCharsets.US_ASCII);
        for (Ed25519Backend backend : backends()) {
            Ed25519Backend.Verifier verifier = backend.verifier(RFC_PUBLIC);
            assertThat(verifier.verify(message, null)).isFalse();
            assertThat(verifier.verify(message, new byte[63])).isFalse();
            assertThat(verifier.verify(message, new byte[64])).isFalse();
            assertThat(verifier.verify(message, new byte[65])).isFalse();
            assertThat(verifier.verify(null, RFC_SIGNATURE)).isFalse();
            assertThatThrownBy(() -> backend.verifier(new byte[31])).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> backend.signer(new byte[33])).isInstanceOf(InvalidKeyException.class);
        }
    }

    @Test
    void a_key_pair_signs_and_its_public_key_verifies_with_the_fastest_backend() {
        Ed25519KeyPair pair = Ed25519KeyPair.generate();
        byte[] data = "cosmicsync".getBytes(StandardCharsets.US_ASCII);

        byte[] signature = pair.sign(data);

        assertThat(signature).isEqualTo(pair.signer(Ed25519Backend.tink()).sign(data));
        assertThat(pair.publicKey().verify(data, signature)).isTrue();
        assertThat(pair.publicKey().verify(data, new byte[64])).isFalse();
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }

    private static byte[] toFixed(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
