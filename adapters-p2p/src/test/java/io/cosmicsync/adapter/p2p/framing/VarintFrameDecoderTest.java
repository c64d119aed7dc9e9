package io.cosmicsync.adapter.p2p.framing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class VarintFrameDecoderTest {

    @Property(tries = 100)
    void round_trips_messages_fed_in_fragments(@ForAll @Size(max = 5) List<@Size(max = 400) byte[]> messages,
            @ForAll @IntRange(min = 1, max = 17) int fragment) {
        EmbeddedChannel sender = new EmbeddedChannel(new VarintFrameEncoder(1000));
        messages.forEach(m -> sender.writeOutbound(Unpooled.wrappedBuffer(m)));
        ByteBuf wire = Unpooled.buffer();
        for (Object o; (o = sender.readOutbound()) != null; ) {
            wire.writeBytes((ByteBuf) o);
            ((ByteBuf) o).release();
        }
        EmbeddedChannel receiver = new EmbeddedChannel(new VarintFrameDecoder(1000));
        while (wire.isReadable()) {
            receiver.writeInbound(wire.readRetainedSlice(Math.min(fragment, wire.readableBytes())));
        }
        wire.release();
        for (byte[] expected : messages) {
            ByteBuf got = receiver.readInbound();
            assertThat(ByteBufUtil.getBytes(got)).isEqualTo(expected);
            got.release();
        }
        assertThat((Object) receiver.readInbound()).isNull();
    }

    @Test
    void closes_the_stream_on_a_message_longer_than_the_limit() {
        EmbeddedChannel receiver = new EmbeddedChannel(new VarintFrameDecoder(100));
        receiver.writeInbound(Unpooled.wrappedBuffer(new byte[] {(byte) 0xE5, 0x00}));
        assertThat(receiver.isOpen()).isFalse();
    }

    @Test
    void closes_the_stream_on_a_malformed_length() {
        EmbeddedChannel receiver = new EmbeddedChannel(new VarintFrameDecoder(100));
        receiver.writeInbound(Unpooled.wrappedBuffer(new byte[] {(byte) 0x81, 0x00}));
        assertThat(receiver.isOpen()).isFalse();
    }

    @Test
    void refuses_to_send_a_message_longer_than_the_limit() {
        EmbeddedChannel sender = new EmbeddedChannel(new VarintFrameEncoder(4));
        var future = sender.writeOneOutbound(Unpooled.wrappedBuffer(new byte[5]));
        sender.flushOutbound();
        assertThat(future.cause()).hasRootCauseInstanceOf(FrameTooLongException.class);
    }
}
