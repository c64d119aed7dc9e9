package io.cosmicsync.adapter.p2p.ping;

import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The ping protocol ({@code /ipfs/ping/1.0.0}) on a {@link Host}: answers pings, and measures the round trip to a
 * peer.
 *
 * <pre>
 *   dialer ──► 32 random bytes ──► listener
 *   dialer ◄── the same 32 bytes ◄── listener        RTT = time between the two; repeatable on one stream
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/ping/ping.md">ping/ping.md</a>. {@link #ping} fails
 * with {@link PingException} when the echo differs, the stream ends early, or nothing comes back in time.
 */
public final class PingService {

    public static final String PROTOCOL_ID = "/ipfs/ping/1.0.0";
    /** Fixed by the spec. */
    public static final int PAYLOAD_BYTES = 32;

    private final Host host;
    private final Duration timeout;
    private final SecureRandom random = new SecureRandom();

    private PingService(Host host, Duration timeout) {
        this.host = host;
        this.timeout = timeout;
    }

    /** Serves ping on the host. */
    public static PingService install(Host host, Duration timeout) {
        host.handle(PROTOCOL_ID, (stream, id) -> stream.pipeline().addLast(new PingResponder()));
        return new PingService(host, timeout);
    }

    /** Sends one ping to a connected peer over a fresh stream; completes with the round-trip time. */
    public CompletableFuture<Duration> ping(PeerId peer) {
        byte[] payload = new byte[PAYLOAD_BYTES];
        random.nextBytes(payload);
        CompletableFuture<Duration> result = new CompletableFuture<>();
        host.openStream(peer, PROTOCOL_ID, (stream, id) -> stream.pipeline().addLast(new EchoReader(payload, result)))
                .whenComplete((stream, e) -> {
                    if (e != null) {
                        result.completeExceptionally(e);
                        return;
                    }
                    result.whenComplete((rtt, failure) -> stream.close());
                    stream.eventLoop().execute(() -> {
                        EchoReader reader = stream.pipeline().get(EchoReader.class);
                        reader.sentAt = System.nanoTime();
                        stream.writeAndFlush(Unpooled.wrappedBuffer(payload));
                    });
                });
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static final class EchoReader extends ChannelInboundHandlerAdapter {
        private final byte[] expected;
        private final CompletableFuture<Duration> result;
        private final ByteBuf received = Unpooled.buffer(PAYLOAD_BYTES);
        private long sentAt;

        EchoReader(byte[] expected, CompletableFuture<Duration> result) {
            this.expected = expected;
            this.result = result;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            try {
                received.writeBytes(in, Math.min(in.readableBytes(), PAYLOAD_BYTES - received.readableBytes()));
            } finally {
                in.release();
            }
            if (received.readableBytes() == PAYLOAD_BYTES) {
                Duration rtt = Duration.ofNanos(System.nanoTime() - sentAt);
                if (Arrays.equals(ByteBufUtil.getBytes(received), expected)) {
                    result.complete(rtt);
                } else {
                    result.completeExceptionally(new PingException("the echo differs from the ping"));
                }
                ctx.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            result.completeExceptionally(new PingException("stream closed before the echo"));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            result.completeExceptionally(cause);
            ctx.close();
        }
    }
}
