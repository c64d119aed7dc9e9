package io.cosmicsync.adapter.p2p.yamux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class YamuxFrameCodecTest {

    private EmbeddedChannel codec() {
        return new EmbeddedChannel(new YamuxFrameCodec(YamuxConfig.INITIAL_WINDOW));
    }

    @Test
    void encodes_the_header_big_endian() {
        EmbeddedChannel channel = codec();
        channel.writeOutbound(new YamuxFrame(YamuxFrame.TYPE_WINDOW_UPDATE, YamuxFrame.FLAG_SYN, 3, 0x10000,
                Unpooled.EMPTY_BUFFER));
        ByteBuf out = channel.readOutbound();
        assertThat(ByteBufUtil.hexDump(out)).isEqualTo("00010001" + "00000003" + "00010000");
        out.release();
    }

    @Property(tries = 100)
    void round_trips_frames_fed_in_fragments(@ForAll @IntRange(max = 3) int type, @ForAll @IntRange(max = 15) int flags,
            @ForAll @LongRange(max = 0xFFFFFFFFL) long streamId, @ForAll @LongRange(max = 0xFFFFFFFFL) long value,
            @ForAll @Size(max = 3000) byte[] data, @ForAll @IntRange(min = 1, max = 50) int fragment) {
        boolean isData = type == YamuxFrame.TYPE_DATA;
        YamuxFrame frame = new YamuxFrame(type, flags, streamId, isData ? data.length : value,
                isData ? Unpooled.wrappedBuffer(data) : Unpooled.EMPTY_BUFFER);
        EmbeddedChannel sender = codec();
        sender.writeOutbound(frame);
        ByteBuf wire = sender.readOutbound();
        EmbeddedChannel receiver = codec();
        while (wire.isReadable()) {
            receiver.writeInbound(wire.readRetainedSlice(Math.min(fragment, wire.readableBytes())));
        }
        wire.release();
        YamuxFrame decoded = receiver.readInbound();
        assertThat(decoded.type()).isEqualTo(type);
        assertThat(decoded.flags()).isEqualTo(flags);
        assertThat(decoded.streamId()).isEqualTo(streamId);
        assertThat(decoded.length()).isEqualTo(frame.length());
        assertThat(ByteBufUtil.getBytes(decoded.data())).isEqualTo(isData ? data : new byte[0]);
        decoded.release();
        assertThat((Object) receiver.readInbound()).isNull();
    }

    @Test
    void rejects_a_version_other_than_zero() {
        assertThatThrownBy(() -> codec().writeInbound(Unpooled.wrappedBuffer(
                HexFormat.of().parseHex("010100000000000100000000"))))
                .isInstanceOf(DecoderException.class).hasRootCauseInstanceOf(YamuxException.class)
                .hasMessageContaining("version 1");
    }

    @Test
    void rejects_an_unknown_frame_type() {
        assertThatThrownBy(() -> codec().writeInbound(Unpooled.wrappedBuffer(
                HexFormat.of().parseHex("000400000000000100000000"))))
                .hasMessageContaining("unknown yamux frame type 4");
    }

    @Test
    void rejects_a_data_frame_longer_than_the_window_before_buffering_it() {
        assertThatThrownBy(() -> codec().writeInbound(Unpooled.wrappedBuffer(
                HexFormat.of().parseHex("000000000000000100040001"))))
                .hasMessageContaining("exceeds");
    }
}
