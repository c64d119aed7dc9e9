package io.cosmicsync.adapter.p2p.yamux;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.p2p.EmbeddedPair;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YamuxSessionTest {

    /** Collects what a stream receives. */
    static final class Collector extends ChannelInboundHandlerAdapter {
        final ByteBuf received = Unpooled.buffer();
        boolean inputShutdown;
        boolean inactive;
        Channel channel;

        @Override
        public void channelRegistered(ChannelHandlerContext ctx) {
            channel = ctx.channel();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            received.writeBytes((ByteBuf) msg);
            ((ByteBuf) msg).release();
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt == ChannelInputShutdownEvent.INSTANCE) {
                inputShutdown = true;
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            inactive = true;
        }
    }

    private final List<Collector> accepted = new ArrayList<>();
    private final EmbeddedChannel clientChannel = new EmbeddedChannel();
    private final EmbeddedChannel serverChannel = new EmbeddedChannel();
    private final YamuxSession client = YamuxSession.addLast(clientChannel.pipeline(), true, YamuxConfig.defaults(),
            ch -> ch.pipeline().addLast(new Collector()));
    private final YamuxSession server = YamuxSession.addLast(serverChannel.pipeline(), false,
            new YamuxConfig(YamuxConfig.INITIAL_WINDOW, 64 * 1024, 4, Duration.ofSeconds(5)), ch -> {
                Collector collector = new Collector();
                accepted.add(collector);
                ch.pipeline().addLast(collector);
            });

    private void pump() {
        EmbeddedPair.pump(clientChannel, serverChannel, false);
    }

    /** Releases what the test did not read (a GoAway written to a closed connection, say). */
    @AfterEach
    void releaseUnread() {
        clientChannel.finishAndReleaseAll();
        serverChannel.finishAndReleaseAll();
    }

    private YamuxStreamChannel open(Collector collector) {
        var future = client.openStream(ch -> ch.pipeline().addLast(collector));
        clientChannel.runPendingTasks();
        pump();
        return future.getNow();
    }

    @Test
    void opens_a_stream_with_an_odd_id_and_carries_bytes_both_ways() {
        Collector mine = new Collector();
        YamuxStreamChannel stream = open(mine);
        assertThat(stream.streamId()).isEqualTo(1);
        stream.writeAndFlush(Unpooled.copiedBuffer(new byte[] {1, 2, 3}));
        pump();
        assertThat(accepted).hasSize(1);
        assertThat(ByteBufUtil.getBytes(accepted.get(0).received)).containsExactly(1, 2, 3);
        accepted.get(0).channel.writeAndFlush(Unpooled.copiedBuffer(new byte[] {9}));
        pump();
        assertThat(ByteBufUtil.getBytes(mine.received)).containsExactly(9);
        assertThat(open(new Collector()).streamId()).isEqualTo(3);
    }

    @Test
    void half_closes_with_fin_and_closes_once_both_sides_finished() {
        Collector mine = new Collector();
        YamuxStreamChannel stream = open(mine);
        stream.writeAndFlush(Unpooled.copiedBuffer(new byte[] {1}));
        stream.closeWrite();
        clientChannel.runPendingTasks();
        pump();
        Collector theirs = accepted.get(0);
        assertThat(theirs.inputShutdown).isTrue();
        assertThat(theirs.inactive).isFalse();
        theirs.channel.writeAndFlush(Unpooled.copiedBuffer(new byte[] {2}));
        pump();
        assertThat(ByteBufUtil.getBytes(mine.received)).containsExactly(2);
        ((YamuxStreamChannel) theirs.channel).closeWrite();
        serverChannel.runPendingTasks();
        pump();
        assertThat(mine.inputShutdown).isTrue();
        assertThat(mine.inactive).isTrue();
        assertThat(theirs.inactive).isTrue();
    }

    @Test
    void a_reset_closes_the_stream_on_both_sides() {
        Collector mine = new Collector();
        YamuxStreamChannel stream = open(mine);
        stream.reset();
        clientChannel.runPendingTasks();
        pump();
        assertThat(mine.inactive).isTrue();
        assertThat(accepted.get(0).inactive).isTrue();
    }

    @Test
    void a_sender_never_exceeds_the_window_and_resumes_when_the_reader_reads() {
        Collector mine = new Collector();
        YamuxStreamChannel stream = open(mine);
        Collector theirs = accepted.get(0);
        theirs.channel.config().setAutoRead(false);
        byte[] payload = new byte[1024 * 1024];
        new Random(7).nextBytes(payload);
        stream.writeAndFlush(Unpooled.wrappedBuffer(payload));
        pump();
        assertThat(theirs.received.readableBytes()).isLessThanOrEqualTo(YamuxConfig.INITIAL_WINDOW);
        assertThat(stream.isWritable()).isFalse();
        for (int i = 0; i < 200 && theirs.received.readableBytes() < payload.length; i++) {
            theirs.channel.read();
            pump();
        }
        assertThat(ByteBufUtil.getBytes(theirs.received)).isEqualTo(payload);
        assertThat(stream.isWritable()).isTrue();
    }

    @Test
    void a_peer_that_overruns_the_window_loses_its_connection() {
        open(new Collector());
        accepted.get(0).channel.config().setAutoRead(false); // no window is granted back
        ByteBuf tooMuch = Unpooled.buffer();
        for (int i = 0; i < 5; i++) {
            tooMuch.writeBytes(new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0}).writeZero(64 * 1024);
        }
        serverChannel.writeInbound(tooMuch);
        assertThat(serverChannel.isOpen()).isFalse();
        assertThat(accepted.get(0).inactive).isTrue();
    }

    @Test
    void a_stream_opened_with_our_own_parity_is_a_protocol_error() {
        // server-side ids are even: the client may not open stream 2
        serverChannel.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 1, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0}));
        assertThat(serverChannel.isOpen()).isFalse();
    }

    @Test
    void refuses_streams_beyond_the_limit_with_rst() {
        List<YamuxStreamChannel> streams = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Collector collector = new Collector();
            streams.add(open(collector));
        }
        assertThat(accepted).hasSize(4);
        assertThat(streams.get(4).isOpen()).isFalse();
        assertThat(serverChannel.isOpen()).isTrue();
    }

    @Test
    void answers_pings_and_measures_the_round_trip() {
        CompletableFuture<Duration> rtt = client.ping();
        clientChannel.runPendingTasks();
        pump();
        assertThat(rtt).isCompleted();
        assertThat(rtt.join()).isPositive();
    }

    @Test
    void a_go_away_stops_new_streams_from_that_side() {
        server.goAway();
        serverChannel.runPendingTasks();
        pump();
        var future = client.openStream(ch -> { });
        clientChannel.runPendingTasks();
        assertThat(future.cause()).isInstanceOf(YamuxException.class);
    }

    @Test
    void closing_the_connection_closes_every_stream() {
        Collector mine = new Collector();
        open(mine);
        clientChannel.close();
        assertThat(mine.inactive).isTrue();
    }

    @Test
    void random_garbage_closes_the_connection_or_is_ignored_but_never_throws() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            EmbeddedChannel channel = new EmbeddedChannel();
            YamuxSession.addLast(channel.pipeline(), false, YamuxConfig.defaults(), ch -> { });
            byte[] garbage = new byte[random.nextInt(200)];
            random.nextBytes(garbage);
            channel.writeInbound(Unpooled.wrappedBuffer(garbage));
            channel.finishAndReleaseAll();
        }
    }
}
