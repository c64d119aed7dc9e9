package io.cosmicsync.adapter.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cosmicsync.adapter.p2p.framing.VarintFrameDecoder;
import io.cosmicsync.adapter.p2p.framing.VarintFrameEncoder;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import io.cosmicsync.domain.sync.VersionVector;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the {@code /cosmicsync/sync/1.0.0} frames: requests and batches round-trip, also through the
 * stream's varint framing fed in random fragments; garbage, truncated and oversized frames fail with
 * {@link MalformedEncodingException} (or, on the stream, close it), never with another exception, an
 * OutOfMemoryError or a hang.
 */
class SyncFramesFuzzTest {
    private static final Duration NO_HANG = Duration.ofSeconds(10);

    @Provide
    Arbitrary<SyncFrames.Request> requests() {
        return Combinators.combine(SyncArbitraries.vectors(), Arbitraries.integers().between(1, SignedChangeBatch.MAX_CHANGES))
                .as(SyncFrames.Request::new);
    }

    @Provide
    Arbitrary<SyncFrames.Batch> batchFrames() {
        return Combinators.combine(SyncArbitraries.batches(8), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(SyncFrames.Batch::new);
    }

    @Provide
    Arbitrary<List<SyncFrames.Batch>> batchFrameLists() {
        return batchFrames().list().ofMaxSize(4);
    }

    @Property(tries = 200)
    void any_request_round_trips(@ForAll("requests") SyncFrames.Request request) {
        assertThat(SyncFrames.Request.decode(request.encode())).isEqualTo(request);
    }

    @Property(tries = 200)
    void any_batch_frame_round_trips(@ForAll("batchFrames") SyncFrames.Batch batch) {
        SyncFrames.Batch decoded = SyncFrames.Batch.decode(batch.encode());

        assertThat(decoded.more()).isEqualTo(batch.more());
        assertThat(decoded.incomplete()).isEqualTo(batch.incomplete());
        assertThat(SyncArbitraries.sameBatch(decoded.changes(), batch.changes())).isTrue();
    }

    @Property(tries = 100)
    void a_request_and_its_answers_fed_to_the_stream_decoder_in_random_fragments_arrive_whole(
            @ForAll("requests") SyncFrames.Request request, @ForAll("batchFrameLists") List<SyncFrames.Batch> batches,
            @ForAll long seed) {
        List<byte[]> frames = new ArrayList<>(List.of(request.encode()));
        batches.forEach(b -> frames.add(b.encode()));

        List<byte[]> received = throughTheStream(frames, new Random(seed));

        assertThat(received).hasSize(frames.size());
        assertThat(SyncFrames.Request.decode(received.get(0))).isEqualTo(request);
        for (int i = 0; i < batches.size(); i++) {
            SyncFrames.Batch decoded = SyncFrames.Batch.decode(received.get(i + 1));
            assertThat(SyncArbitraries.sameBatch(decoded.changes(), batches.get(i).changes())).isTrue();
            assertThat(decoded.more()).isEqualTo(batches.get(i).more());
        }
    }

    @Property(tries = 500)
    void random_bytes_decode_or_fail_as_malformed(@ForAll @Size(max = 300) byte[] garbage) {
        assertTimeoutPreemptively(NO_HANG, () -> {
            SignedChangeBatchFuzzTest.assertDecodesOrIsMalformed(() -> SyncFrames.Request.decode(garbage));
            SignedChangeBatchFuzzTest.assertDecodesOrIsMalformed(() -> SyncFrames.Batch.decode(garbage));
        });
    }

    @Property(tries = 300)
    void random_bytes_after_a_valid_frame_type_decode_or_fail_as_malformed(@ForAll @IntRange(min = 1, max = 2) int type,
                                                                           @ForAll @Size(max = 300) byte[] body) {
        byte[] frame = new byte[body.length + 1];
        frame[0] = (byte) type;
        System.arraycopy(body, 0, frame, 1, body.length);

        assertTimeoutPreemptively(NO_HANG, () -> {
            SignedChangeBatchFuzzTest.assertDecodesOrIsMalformed(() -> SyncFrames.Request.decode(frame));
            SignedChangeBatchFuzzTest.assertDecodesOrIsMalformed(() -> SyncFrames.Batch.decode(frame));
        });
    }

    @Property(tries = 200)
    void every_truncation_of_a_valid_frame_fails_as_malformed(@ForAll("requests") SyncFrames.Request request,
            @ForAll("batchFrames") SyncFrames.Batch batch, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
        byte[] requestFrame = request.encode();
        byte[] batchFrame = batch.encode();

        assertThatThrownBy(() -> SyncFrames.Request.decode(Arrays.copyOf(requestFrame, cut % requestFrame.length)))
                .isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> SyncFrames.Batch.decode(Arrays.copyOf(batchFrame, cut % batchFrame.length)))
                .isInstanceOf(MalformedEncodingException.class);
    }

    @Property(tries = 300)
    void a_valid_frame_with_one_byte_changed_decodes_or_fails_as_malformed(@ForAll("requests") SyncFrames.Request request,
            @ForAll("batchFrames") SyncFrames.Batch batch, @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll byte xor) {
        byte[] requestFrame = request.encode();
        byte[] batchFrame = batch.encode();
        requestFrame[at % requestFrame.length] ^= xor;
        batchFrame[at % batchFrame.length] ^= xor;

        assertTimeoutPreemptively(NO_HANG, () -> {
            SignedChangeBatchFuzzTest.assertDecodesOrIsMalformed(() -> SyncFrames.Request.decode(requestFrame));
            SignedChangeBatchFuzzTest.assertDecodesOrIsMalformed(() -> SyncFrames.Batch.decode(batchFrame));
        });
    }

    @Test
    void unknown_frame_types_and_batch_flags_fail_as_malformed() {
        byte[] batch = new SyncFrames.Batch(new SignedChangeBatch(List.of(), java.util.Map.of()), false, false).encode();
        byte[] unknownFlags = batch.clone();
        unknownFlags[1] = 4;

        assertThatThrownBy(() -> SyncFrames.Request.decode(batch)).isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> SyncFrames.Batch.decode(new SyncFrames.Request(VersionVector.empty(), 10).encode()))
                .isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> SyncFrames.Batch.decode(new byte[] {3, 0})).isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> SyncFrames.Batch.decode(unknownFlags)).isInstanceOf(MalformedEncodingException.class)
                .hasMessageContaining("flags");
    }

    @Test
    void a_request_beyond_its_limits_fails_as_malformed_before_allocating() {
        byte[] tooManyEntries = new BinaryWriter().writeByte(1).writeVarLong(10).writeVarLong(SyncFrames.MAX_VECTOR_ENTRIES + 1).toByteArray();
        byte[] absurdCount = new BinaryWriter().writeByte(1).writeVarLong(10).writeVarLong(Long.MAX_VALUE).toByteArray();
        byte[] zeroMax = new BinaryWriter().writeByte(1).writeVarLong(0).writeVarLong(0).toByteArray();
        byte[] bigMax = new BinaryWriter().writeByte(1).writeVarLong(SignedChangeBatch.MAX_CHANGES + 1).writeVarLong(0).toByteArray();
        byte[] longAuthor = new BinaryWriter().writeByte(1).writeVarLong(10).writeVarLong(1).writeString("p".repeat(129)).toByteArray();
        byte[] blankAuthor = new BinaryWriter().writeByte(1).writeVarLong(10).writeVarLong(1).writeString(" ")
                .writeVarLong(1).writeVarLong(0).toByteArray();

        for (byte[] frame : List.of(tooManyEntries, absurdCount, zeroMax, bigMax, longAuthor, blankAuthor)) {
            assertThatThrownBy(() -> SyncFrames.Request.decode(frame)).isInstanceOf(MalformedEncodingException.class);
        }
    }

    @Test
    void the_stream_closes_on_a_frame_announced_longer_than_the_sync_limit_without_buffering_it() {
        EmbeddedChannel receiver = new EmbeddedChannel(new VarintFrameDecoder(SyncFrames.MAX_FRAME_BYTES));
        byte[] length = new BinaryWriter().writeVarLong(SyncFrames.MAX_FRAME_BYTES + 1L).toByteArray();

        receiver.writeInbound(Unpooled.wrappedBuffer(length));

        assertThat(receiver.isOpen()).isFalse();
        assertThat((Object) receiver.readInbound()).isNull();
    }

    /** Frames through the sync stream's encoder and decoder, the wire cut into random fragments of 1..64 bytes. */
    private static List<byte[]> throughTheStream(List<byte[]> frames, Random random) {
        EmbeddedChannel sender = new EmbeddedChannel(new VarintFrameEncoder(SyncFrames.MAX_FRAME_BYTES));
        frames.forEach(f -> sender.writeOutbound(Unpooled.wrappedBuffer(f)));
        ByteBuf wire = Unpooled.buffer();
        for (Object o; (o = sender.readOutbound()) != null; ) {
            wire.writeBytes((ByteBuf) o);
            ((ByteBuf) o).release();
        }
        EmbeddedChannel receiver = new EmbeddedChannel(new VarintFrameDecoder(SyncFrames.MAX_FRAME_BYTES));
        while (wire.isReadable()) {
            receiver.writeInbound(wire.readRetainedSlice(Math.min(1 + random.nextInt(64), wire.readableBytes())));
        }
        wire.release();
        List<byte[]> received = new ArrayList<>();
        for (ByteBuf frame; (frame = receiver.readInbound()) != null; ) {
            received.add(ByteBufUtil.getBytes(frame));
            frame.release();
        }
        return received;
    }
}
