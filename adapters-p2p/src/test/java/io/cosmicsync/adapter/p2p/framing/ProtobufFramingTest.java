package io.cosmicsync.adapter.p2p.framing;

import com.google.protobuf.ByteString;
import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Protobuf messages in unsigned-varint length-prefixed frames, fed in fragments through EmbeddedChannel. */
class ProtobufFramingTest {

    private static final int MAX = 1 << 20;

    @Property(tries = 200)
    void frames_survive_any_fragmentation(@ForAll("rpcLists") List<RpcProtos.RPC> rpcs,
                                          @ForAll @IntRange(min = 1, max = 64) int fragment,
                                          @ForAll long seed) throws Exception {
        byte[] wire = encode(rpcs);
        EmbeddedChannel decoder = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        feedInFragments(decoder, wire, fragment, new Random(seed));

        List<RpcProtos.RPC> decoded = new ArrayList<>();
        ByteBuf frame;
        while ((frame = decoder.readInbound()) != null) {
            byte[] bytes = new byte[frame.readableBytes()];
            frame.readBytes(bytes);
            frame.release();
            decoded.add(RpcProtos.RPC.parseFrom(bytes));
        }
        assertThat(decoded).isEqualTo(rpcs);
        assertThat(decoder.isOpen()).isTrue();
        decoder.finishAndReleaseAll();
    }

    @Test
    void closes_the_stream_on_a_prefix_announcing_more_than_the_limit_before_the_payload_arrives() {
        EmbeddedChannel decoder = new EmbeddedChannel(new VarintFrameDecoder(16 * 1024));
        ByteBuf prefix = Unpooled.buffer();
        prefix.writeByte(0x81).writeByte(0x80).writeByte(0x01); // 16385 = limit + 1
        decoder.writeInbound(prefix);

        assertThat(decoder.isOpen()).isFalse();
        assertThat((Object) decoder.readInbound()).isNull();
    }

    @Test
    void closes_the_stream_on_a_prefix_that_is_not_minimally_encoded() {
        EmbeddedChannel decoder = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        decoder.writeInbound(Unpooled.wrappedBuffer(new byte[]{(byte) 0x81, 0x00, 0x42}));

        assertThat(decoder.isOpen()).isFalse();
        assertThat((Object) decoder.readInbound()).isNull();
    }

    @Test
    void closes_the_stream_on_a_prefix_of_ten_continuation_bytes_even_with_a_huge_limit() {
        EmbeddedChannel decoder = new EmbeddedChannel(new VarintFrameDecoder(Integer.MAX_VALUE));
        byte[] garbage = new byte[10];
        java.util.Arrays.fill(garbage, (byte) 0x80);
        decoder.writeInbound(Unpooled.wrappedBuffer(garbage));

        assertThat(decoder.isOpen()).isFalse();
    }

    @Test
    void waits_for_the_rest_of_a_frame_that_arrives_one_byte_at_a_time() {
        EmbeddedChannel decoder = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        byte[] wire = {0x03, 'a', 'b', 'c'};
        for (int i = 0; i < wire.length - 1; i++) {
            decoder.writeInbound(Unpooled.wrappedBuffer(new byte[]{wire[i]}));
            assertThat((Object) decoder.readInbound()).isNull();
        }
        decoder.writeInbound(Unpooled.wrappedBuffer(new byte[]{wire[3]}));

        ByteBuf frame = decoder.readInbound();
        assertThat(frame.toString(java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("abc");
        frame.release();
    }

    @Test
    void refuses_to_write_a_message_larger_than_the_limit() {
        EmbeddedChannel encoder = new EmbeddedChannel(new LengthPrefixedProtobufEncoder(100));
        RpcProtos.RPC big = RpcProtos.RPC.newBuilder()
                .addPublish(RpcProtos.Message.newBuilder().setData(ByteString.copyFrom(new byte[200]))).build();

        assertThatThrownBy(() -> encoder.writeOutbound(big)).isInstanceOf(EncoderException.class);
        assertThat((Object) encoder.readOutbound()).isNull();
    }

    @Test
    void writes_the_length_as_an_unsigned_varint_before_the_message() {
        EmbeddedChannel encoder = new EmbeddedChannel(new LengthPrefixedProtobufEncoder(MAX));
        RpcProtos.RPC rpc = RpcProtos.RPC.newBuilder()
                .addPublish(RpcProtos.Message.newBuilder().setData(ByteString.copyFrom(new byte[300]))).build();
        encoder.writeOutbound(rpc);

        ByteBuf out = encoder.readOutbound();
        int size = rpc.getSerializedSize(); // 306: needs two varint bytes
        assertThat((int) out.readUnsignedByte()).isEqualTo((size & 0x7f) | 0x80);
        assertThat((int) out.readUnsignedByte()).isEqualTo(size >>> 7);
        assertThat(out.readableBytes()).isEqualTo(size);
        out.release();
    }

    private static byte[] encode(List<RpcProtos.RPC> rpcs) {
        EmbeddedChannel encoder = new EmbeddedChannel(new LengthPrefixedProtobufEncoder(MAX));
        ByteBuf all = Unpooled.buffer();
        for (RpcProtos.RPC rpc : rpcs) {
            encoder.writeOutbound(rpc);
            ByteBuf out = encoder.readOutbound();
            all.writeBytes(out);
            out.release();
        }
        byte[] bytes = new byte[all.readableBytes()];
        all.readBytes(bytes);
        return bytes;
    }

    static void feedInFragments(EmbeddedChannel channel, byte[] wire, int maxFragment, Random random) {
        int offset = 0;
        while (offset < wire.length) {
            int length = Math.min(wire.length - offset, 1 + random.nextInt(maxFragment));
            channel.writeInbound(Unpooled.copiedBuffer(wire, offset, length));
            offset += length;
        }
    }

    @Provide
    Arbitrary<List<RpcProtos.RPC>> rpcLists() {
        return rpcs().list().ofMaxSize(8);
    }

    static Arbitrary<RpcProtos.RPC> rpcs() {
        Arbitrary<String> topics = Arbitraries.strings().ofMinLength(1).ofMaxLength(40);
        Arbitrary<byte[]> data = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<RpcProtos.Message> messages = Combinators.combine(topics, data, Arbitraries.longs())
                .as((topic, payload, seqno) -> RpcProtos.Message.newBuilder()
                        .setTopic(topic)
                        .setData(ByteString.copyFrom(payload))
                        .setSeqno(ByteString.copyFrom(java.nio.ByteBuffer.allocate(8).putLong(seqno).array()))
                        .build());
        Arbitrary<RpcProtos.RPC.SubOpts> subs = Combinators.combine(topics, Arbitraries.of(true, false))
                .as((topic, on) -> RpcProtos.RPC.SubOpts.newBuilder().setTopicid(topic).setSubscribe(on).build());
        Arbitrary<RpcProtos.ControlMessage> control = Combinators.combine(topics, data.list().ofMaxSize(5))
                .as((topic, ids) -> {
                    RpcProtos.ControlIHave.Builder ihave = RpcProtos.ControlIHave.newBuilder().setTopicID(topic);
                    ids.forEach(id -> ihave.addMessageIDs(ByteString.copyFrom(id)));
                    return RpcProtos.ControlMessage.newBuilder().addIhave(ihave)
                            .addGraft(RpcProtos.ControlGraft.newBuilder().setTopicID(topic))
                            .addPrune(RpcProtos.ControlPrune.newBuilder().setTopicID(topic).setBackoff(60)).build();
                });
        return Combinators.combine(subs.list().ofMaxSize(3), messages.list().ofMaxSize(3), control.optional())
                .as((s, m, c) -> {
                    RpcProtos.RPC.Builder rpc = RpcProtos.RPC.newBuilder().addAllSubscriptions(s).addAllPublish(m);
                    c.ifPresent(rpc::setControl);
                    return rpc.build();
                });
    }
}
