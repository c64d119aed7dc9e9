package io.cosmicsync.adapter.p2p.noise;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.p2p.EmbeddedPair;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NoiseHandshakeTest {

    private final Ed25519KeyPair alice = Ed25519KeyPair.generate();
    private final Ed25519KeyPair bob = Ed25519KeyPair.generate();

    /** Records the outcome and collects decrypted bytes. */
    static final class Side implements NoiseSecurity.Listener {
        final AtomicReference<SecureSession> session = new AtomicReference<>();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final ByteBuf received = Unpooled.buffer();
        final EmbeddedChannel channel = new EmbeddedChannel();

        Side(Ed25519KeyPair identity, boolean initiator, PeerId expected, Duration timeout) {
            NoiseSecurity.addLast(channel.pipeline(), identity, initiator, expected, timeout, this);
        }

        @Override
        public void secured(Channel ch, SecureSession s) {
            session.set(s);
            ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                    received.writeBytes((ByteBuf) msg);
                    ((ByteBuf) msg).release();
                }
            });
        }

        @Override
        public void failed(Throwable cause) {
            failure.set(cause);
        }
    }

    private Side dialer(PeerId expected) {
        return new Side(alice, true, expected, Duration.ofSeconds(10));
    }

    private Side listener() {
        return new Side(bob, false, null, Duration.ofSeconds(10));
    }

    @Test
    void both_sides_learn_the_authenticated_peer_id_and_exchange_bytes_in_fragments() {
        Side d = dialer(bob.peerId());
        Side l = listener();
        EmbeddedPair.pump(d.channel, l.channel, true);

        assertThat(d.session.get().remotePeer()).isEqualTo(bob.peerId());
        assertThat(l.session.get().remotePeer()).isEqualTo(alice.peerId());
        byte[] big = new byte[200_000];
        new Random(1).nextBytes(big);
        d.channel.writeAndFlush(Unpooled.wrappedBuffer(big));
        l.channel.writeAndFlush(Unpooled.copiedBuffer("pong", java.nio.charset.StandardCharsets.US_ASCII));
        EmbeddedPair.pump(d.channel, l.channel, true);
        assertThat(ByteBufUtil.getBytes(l.received)).isEqualTo(big);
        assertThat(d.received.toString(java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("pong");
    }

    @Test
    void dialer_rejects_a_peer_other_than_the_one_it_dialed() {
        Side d = dialer(Ed25519KeyPair.generate().peerId());
        Side l = listener();
        EmbeddedPair.pump(d.channel, l.channel, false);
        assertThat(d.failure.get()).isInstanceOf(NoiseException.class).hasMessageContaining("but reached");
        assertThat(d.session.get()).isNull();
        assertThat(d.channel.isOpen()).isFalse();
        assertThat(l.session.get()).isNull();
    }

    @Test
    void closes_the_connection_when_the_handshake_times_out() {
        Side l = new Side(bob, false, null, Duration.ofMillis(500));
        l.channel.advanceTimeBy(1, TimeUnit.SECONDS);
        l.channel.runScheduledPendingTasks();
        assertThat(l.failure.get()).hasMessageContaining("within 500 ms");
        assertThat(l.channel.isOpen()).isFalse();
    }

    @Test
    void a_tampered_frame_closes_the_connection() {
        Side d = dialer(null);
        Side l = listener();
        EmbeddedPair.pump(d.channel, l.channel, false);
        d.channel.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {1, 2, 3}));
        ByteBuf sealed = d.channel.readOutbound();
        sealed.setByte(5, sealed.getByte(5) ^ 0x40);
        l.channel.writeInbound(sealed);
        assertThat(l.channel.isOpen()).isFalse();
        assertThat(l.received.readableBytes()).isZero();
    }

    @Test
    void a_forged_signature_fails_the_handshake() {
        Side d = dialer(null);
        Side l = listener();
        l.channel.writeInbound((ByteBuf) d.channel.readOutbound());
        ByteBuf second = l.channel.readOutbound();
        // flip a bit near the end: inside the encrypted payload, so decryption (or the signature) must fail
        second.setByte(second.writerIndex() - 20, second.getByte(second.writerIndex() - 20) ^ 1);
        d.channel.writeInbound(second);
        assertThat(d.failure.get()).isInstanceOf(NoiseException.class);
        assertThat(d.channel.isOpen()).isFalse();
    }

    @Property(tries = 100)
    void random_garbage_from_a_dialer_closes_or_waits_but_never_secures(@ForAll byte[] garbage) {
        Side l = listener();
        l.channel.writeInbound(Unpooled.wrappedBuffer(garbage));
        assertThat(l.session.get()).isNull();
        l.channel.finishAndReleaseAll();
    }
}
