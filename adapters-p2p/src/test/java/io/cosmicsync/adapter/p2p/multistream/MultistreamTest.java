package io.cosmicsync.adapter.p2p.multistream;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MultistreamTest {

    private final List<String> selected = new ArrayList<>();
    /** Channels to release after each test. */
    private final List<EmbeddedChannel> channels = new ArrayList<>();
    private final ProtocolInitializer recordAndEcho = (channel, protocol) -> {
        selected.add(protocol);
        channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(io.netty.channel.ChannelHandlerContext ctx, Object msg) {
                ctx.writeAndFlush(msg);
            }
        });
    };

    private static ByteBuf lines(String... lines) {
        return MultistreamLines.encode(ByteBufAllocator.DEFAULT, lines);
    }

    private static byte[] bytes(ByteBuf buf) {
        byte[] out = ByteBufUtil.getBytes(buf);
        buf.release();
        return out;
    }

    private static byte[] drain(EmbeddedChannel channel) {
        ByteBuf all = Unpooled.buffer();
        ByteBuf next;
        while ((next = channel.readOutbound()) != null) {
            all.writeBytes(next);
            next.release();
        }
        return bytes(all);
    }

    private static void writeInFragments(EmbeddedChannel channel, byte[] data) {
        for (byte b : data) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
    }

    private EmbeddedChannel listener(String... spoken) {
        return tracked(new EmbeddedChannel(new MultistreamListener(
                id -> List.of(spoken).contains(id) ? recordAndEcho : null)));
    }

    private EmbeddedChannel tracked(EmbeddedChannel channel) {
        channels.add(channel);
        return channel;
    }

    /** Releases what a test did not read (an "na" answer written before the channel closed, say). */
    @AfterEach
    void releaseUnread() {
        channels.forEach(EmbeddedChannel::finishAndReleaseAll);
    }

    @Test
    void listener_answers_na_then_agrees_and_hands_optimistic_bytes_to_the_protocol() {
        EmbeddedChannel channel = listener("/echo/1.0.0");
        ByteBuf input = lines(MultistreamLines.HEADER, "/nope", "/echo/1.0.0");
        input.writeBytes("hello".getBytes(StandardCharsets.US_ASCII));
        writeInFragments(channel, bytes(input));

        assertThat(selected).containsExactly("/echo/1.0.0");
        ByteBuf expected = lines(MultistreamLines.HEADER, MultistreamLines.NA, "/echo/1.0.0");
        expected.writeBytes("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(drain(channel)).isEqualTo(bytes(expected));
        assertThat(channel.pipeline().get(MultistreamListener.class)).isNull();
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void listener_closes_on_a_wrong_header() {
        EmbeddedChannel channel = listener("/echo/1.0.0");
        channel.writeInbound(lines("/multistream/2.0.0"));
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void listener_closes_after_too_many_proposals() {
        EmbeddedChannel channel = listener("/echo/1.0.0");
        channel.writeInbound(lines(MultistreamLines.HEADER));
        for (int i = 0; i <= MultistreamListener.MAX_PROPOSALS; i++) {
            channel.writeInbound(lines("/p" + i));
        }
        assertThat(channel.isOpen()).isFalse();
        assertThat(selected).isEmpty();
    }

    @Test
    void rejects_a_line_longer_than_the_limit() {
        EmbeddedChannel channel = listener("/echo/1.0.0");
        ByteBuf oversized = Unpooled.buffer();
        io.cosmicsync.adapter.p2p.multiformats.Varint.write(MultistreamLines.MAX_LINE_BYTES + 1, oversized);
        channel.writeInbound(oversized);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void rejects_a_line_without_its_newline() {
        EmbeddedChannel channel = listener("/echo/1.0.0");
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {3, 'a', 'b', 'c'}));
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void dialer_falls_back_to_its_next_proposal_after_na() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmbeddedChannel channel = new EmbeddedChannel(
                new MultistreamDialer(List.of("/a", "/b"), recordAndEcho, failure::set));
        assertThat(drain(channel)).isEqualTo(bytes(lines(MultistreamLines.HEADER, "/a")));
        writeInFragments(channel, bytes(lines(MultistreamLines.HEADER, MultistreamLines.NA)));
        assertThat(drain(channel)).isEqualTo(bytes(lines("/b")));
        writeInFragments(channel, bytes(lines("/b")));
        assertThat(selected).containsExactly("/b");
        assertThat(failure.get()).isNull();
        assertThat(channel.pipeline().get(MultistreamDialer.class)).isNull();
    }

    @Test
    void dialer_fails_and_closes_when_nothing_is_spoken() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmbeddedChannel channel = tracked(new EmbeddedChannel(new MultistreamDialer(List.of("/a"), recordAndEcho, failure::set)));
        channel.writeInbound(lines(MultistreamLines.HEADER, MultistreamLines.NA));
        assertThat(failure.get()).isInstanceOf(MultistreamException.class).hasMessageContaining("none");
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void dialer_reports_a_channel_closed_mid_negotiation() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmbeddedChannel channel = tracked(new EmbeddedChannel(new MultistreamDialer(List.of("/a"), recordAndEcho, failure::set)));
        channel.close();
        assertThat(failure.get()).isInstanceOf(MultistreamException.class);
    }

    @Property(tries = 200)
    void dialer_and_listener_agree_on_any_protocol_id(@ForAll @StringLength(min = 1, max = 200) String suffix) {
        String protocol = "/" + suffix.replace("\n", "");
        EmbeddedChannel dialer = new EmbeddedChannel(new MultistreamDialer(List.of(protocol), recordAndEcho, e -> { }));
        EmbeddedChannel listener = new EmbeddedChannel(new MultistreamListener(Map.of(protocol, recordAndEcho)::get));
        listener.writeInbound(Unpooled.wrappedBuffer(drain(dialer)));
        dialer.writeInbound(Unpooled.wrappedBuffer(drain(listener)));
        assertThat(selected).containsExactly(protocol, protocol);
        selected.clear();
    }

    @Property(tries = 300)
    void random_garbage_never_selects_a_protocol_and_never_throws(@ForAll byte[] garbage) {
        EmbeddedChannel channel = listener("/echo/1.0.0");
        channel.writeInbound(Unpooled.wrappedBuffer(garbage));
        assertThat(selected).isEmpty();
        channel.finishAndReleaseAll();
    }
}
