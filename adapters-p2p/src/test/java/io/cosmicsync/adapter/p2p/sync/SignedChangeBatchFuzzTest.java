package io.cosmicsync.adapter.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import io.cosmicsync.domain.sync.ChangeCodec;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@link SignedChangeBatch}'s decoders: valid batches round-trip; garbage, truncated, altered and
 * oversized input fails with {@link MalformedEncodingException} (the documented type), never with another
 * exception, an OutOfMemoryError or a hang.
 */
class SignedChangeBatchFuzzTest {
    private static final Duration NO_HANG = Duration.ofSeconds(10);

    @Provide
    Arbitrary<SignedChangeBatch> batches() {
        return SyncArbitraries.batches(12);
    }

    @Property(tries = 200)
    void any_valid_batch_round_trips_through_the_plain_encoding(@ForAll("batches") SignedChangeBatch batch) {
        byte[] plain = batch.encode();

        SignedChangeBatch decoded = SignedChangeBatch.decode(plain);

        assertThat(SyncArbitraries.sameBatch(decoded, batch)).isTrue();
        assertThat(decoded.encode()).isEqualTo(plain);
    }

    @Property(tries = 200)
    void a_batch_encoded_from_its_changes_bytes_as_logged_is_the_batch_s_own_encoding(@ForAll("batches") SignedChangeBatch batch) {
        byte[] fromBytes = SignedChangeBatch.encode(batch.changes(), ChangeCodec::encode, c -> batch.signatures().get(c.id()));

        assertThat(fromBytes).isEqualTo(batch.encode());
        assertThat(SignedChangeBatch.decodeCompressed(SignedChangeBatch.compress(fromBytes)).changes()).isEqualTo(batch.changes());
    }

    @Test
    void more_entries_than_a_batch_holds_are_refused_when_encoding() {
        List<byte[]> entries = Collections.nCopies(SignedChangeBatch.MAX_CHANGES + 1, new byte[] {1});

        assertThatThrownBy(() -> SignedChangeBatch.encode(entries, e -> e, e -> e))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + SignedChangeBatch.MAX_CHANGES);
    }

    @Property(tries = 200)
    void any_valid_batch_round_trips_through_the_compressed_encoding(@ForAll("batches") SignedChangeBatch batch) {
        SignedChangeBatch decoded = SignedChangeBatch.decodeCompressed(batch.encodeCompressed());

        assertThat(SyncArbitraries.sameBatch(decoded, batch)).isTrue();
    }

    @Property(tries = 500)
    void random_bytes_decode_to_a_batch_that_encodes_back_to_them_or_fail_as_malformed(@ForAll @Size(max = 300) byte[] garbage) {
        assertTimeoutPreemptively(NO_HANG, () -> {
            decodesCanonicallyOrIsMalformed(garbage);
            assertDecodesOrIsMalformed(() -> SignedChangeBatch.decodeCompressed(garbage));
        });
    }

    @Property(tries = 200)
    void every_truncation_of_a_valid_encoding_fails_as_malformed(@ForAll("batches") SignedChangeBatch batch,
                                                                 @ForAll @IntRange(min = 0, max = 10_000) int cut) {
        byte[] plain = batch.encode();
        byte[] compressed = batch.encodeCompressed();

        assertThatThrownBy(() -> SignedChangeBatch.decode(Arrays.copyOf(plain, cut % plain.length)))
                .isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> SignedChangeBatch.decodeCompressed(Arrays.copyOf(compressed, cut % compressed.length)))
                .isInstanceOf(MalformedEncodingException.class);
    }

    @Property(tries = 300)
    void a_valid_encoding_with_one_byte_changed_decodes_or_fails_as_malformed(@ForAll("batches") SignedChangeBatch batch,
            @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll byte xor) {
        byte[] plain = batch.encode();
        byte[] compressed = batch.encodeCompressed();
        plain[at % plain.length] ^= xor;
        compressed[at % compressed.length] ^= xor;

        assertTimeoutPreemptively(NO_HANG, () -> {
            decodesCanonicallyOrIsMalformed(plain);
            assertDecodesOrIsMalformed(() -> SignedChangeBatch.decodeCompressed(compressed));
        });
    }

    @Property(tries = 100)
    void bytes_after_a_valid_encoding_fail_as_malformed(@ForAll("batches") SignedChangeBatch batch,
                                                        @ForAll @Size(min = 1, max = 20) byte[] extra) {
        assertThatThrownBy(() -> SignedChangeBatch.decode(concat(batch.encode(), extra)))
                .isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> SignedChangeBatch.decodeCompressed(concat(batch.encodeCompressed(), extra)))
                .isInstanceOf(MalformedEncodingException.class);
    }

    @Test
    void a_change_count_above_the_limit_fails_before_anything_is_read() {
        byte[] tooMany = new BinaryWriter().writeVarLong(SignedChangeBatch.MAX_CHANGES + 1).toByteArray();
        byte[] absurd = new BinaryWriter().writeVarLong(Long.MAX_VALUE).toByteArray();

        assertThatThrownBy(() -> SignedChangeBatch.decode(tooMany)).isInstanceOf(MalformedEncodingException.class)
                .hasMessageContaining("change count");
        assertThatThrownBy(() -> SignedChangeBatch.decode(absurd)).isInstanceOf(MalformedEncodingException.class);
    }

    @Test
    void a_change_or_signature_length_beyond_the_limits_or_the_input_fails_as_malformed() {
        byte[] hugeChange = new BinaryWriter().writeVarLong(1).writeVarLong(Integer.MAX_VALUE).toByteArray();
        byte[] changeLongerThanInput = new BinaryWriter().writeVarLong(1).writeVarLong(1_000).writeBytes(new byte[10]).toByteArray();
        SignedChangeBatch one = SyncArbitraries.batches(1).filter(b -> b.changes().size() == 1).sample();
        byte[] body = io.cosmicsync.domain.sync.ChangeCodec.encode(one.changes().get(0));
        byte[] longSignature = new BinaryWriter().writeVarLong(1).writeVarLong(body.length).writeBytes(body)
                .writeVarLong(SignedChangeBatch.MAX_SIGNATURE_BYTES + 1).writeBytes(new byte[SignedChangeBatch.MAX_SIGNATURE_BYTES + 1])
                .toByteArray();

        assertThatThrownBy(() -> SignedChangeBatch.decode(hugeChange)).isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> SignedChangeBatch.decode(changeLongerThanInput)).isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> SignedChangeBatch.decode(longSignature)).isInstanceOf(MalformedEncodingException.class)
                .hasMessageContaining("signature length");
    }

    @Test
    void a_compression_bomb_fails_as_malformed_without_expanding_past_the_limit() {
        byte[] bomb = deflate(new byte[SignedChangeBatch.MAX_DECOMPRESSED_BYTES + 1024]);

        assertThat(bomb.length).isLessThan(100_000);
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> SignedChangeBatch.decodeCompressed(bomb))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("expands beyond"));
    }

    @Test
    void empty_input_fails_as_malformed() {
        assertThatThrownBy(() -> SignedChangeBatch.decode(new byte[0])).isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> SignedChangeBatch.decodeCompressed(new byte[0])).isInstanceOf(MalformedEncodingException.class);
    }

    private static void decodesCanonicallyOrIsMalformed(byte[] bytes) {
        SignedChangeBatch decoded;
        try {
            decoded = SignedChangeBatch.decode(bytes);
        } catch (MalformedEncodingException expected) {
            return;
        }
        assertThat(decoded.encode()).as("the plain encoding is canonical").isEqualTo(bytes);
    }

    static void assertDecodesOrIsMalformed(Runnable decode) {
        try {
            decode.run();
        } catch (MalformedEncodingException expected) {
            // the documented refusal
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
