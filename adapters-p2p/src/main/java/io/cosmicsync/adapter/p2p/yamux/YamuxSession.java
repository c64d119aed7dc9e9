package io.cosmicsync.adapter.p2p.yamux;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A yamux session over one secured connection: opens and accepts streams (as {@link YamuxStreamChannel} child
 * channels), answers and sends pings, and handles Go Away.
 *
 * <pre>
 *   open:    WINDOW_UPDATE(SYN, id, extra window)  ---->   (client ids odd 1,3,5..; server ids even 2,4,6..)
 *            <----  WINDOW_UPDATE(ACK, id, extra window)
 *   data:    DATA(id, length) + bytes, within the receiver's window; WINDOW_UPDATE(id, delta) grants more
 *   close:   FIN in each direction (half-close); RST aborts
 *   ping:    PING(SYN, 0, opaque) ----> <---- PING(ACK, 0, opaque)
 *   end:     GO_AWAY(0, code: 0 normal, 1 protocol error, 2 internal error)
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/yamux/README.md">yamux/README.md</a>. Session
 * errors (see {@link YamuxException}) send Go Away with the protocol-error code and close the connection;
 * an inbound stream beyond {@link YamuxConfig#maxStreams()}, or after we sent Go Away, is refused with RST.
 * Frames for unknown streams that carry no SYN are dropped (the stream may have just been closed). Public methods
 * are safe from any thread.
 */
public final class YamuxSession extends ChannelInboundHandlerAdapter {

    /** The multistream-select protocol id of yamux. */
    public static final String PROTOCOL_ID = "/yamux/1.0.0";

    private static final Logger LOG = LoggerFactory.getLogger(YamuxSession.class);

    private final Channel connection;
    private final boolean client;
    private final YamuxConfig config;
    private final Consumer<Channel> inboundStreamInitializer;
    private final Map<Long, YamuxStreamChannel> streams = new HashMap<>();
    private final Map<Long, PendingPing> pings = new HashMap<>();
    private ChannelHandlerContext ctx;
    private long nextStreamId;
    private long nextPing;
    private boolean goAwayReceived;
    private boolean goAwaySent;

    private record PendingPing(long startNanos, CompletableFuture<Duration> result) {
    }

    private YamuxSession(Channel connection, boolean client, YamuxConfig config,
            Consumer<Channel> inboundStreamInitializer) {
        this.connection = connection;
        this.client = client;
        this.config = config;
        this.inboundStreamInitializer = inboundStreamInitializer;
        this.nextStreamId = client ? 1 : 2;
    }

    /**
     * Appends the yamux codec and session to a connection whose pipeline already carries plaintext.
     *
     * @param client                   true on the side that dialed the connection (it opens odd stream ids)
     * @param inboundStreamInitializer prepares each stream the peer opens (typically a multistream listener)
     */
    public static YamuxSession addLast(ChannelPipeline pipeline, boolean client, YamuxConfig config,
            Consumer<Channel> inboundStreamInitializer) {
        YamuxSession session = new YamuxSession(pipeline.channel(), client, config, inboundStreamInitializer);
        pipeline.addLast("yamux-codec", new YamuxFrameCodec(config.receiveWindow()));
        pipeline.addLast("yamux-session", session);
        return session;
    }

    public Channel connection() {
        return connection;
    }

    YamuxConfig config() {
        return config;
    }

    /**
     * Opens a stream. {@code initializer} runs before any byte of the stream is read, on the event loop; it
     * typically adds a multistream dialer. The future fails when the session is going away or full.
     */
    public Future<YamuxStreamChannel> openStream(Consumer<Channel> initializer) {
        Promise<YamuxStreamChannel> promise = connection.eventLoop().newPromise();
        connection.eventLoop().execute(() -> {
            if (ctx == null || !connection.isActive() || goAwayReceived || goAwaySent) {
                promise.setFailure(new YamuxException("the session is closed or going away"));
                return;
            }
            if (streams.size() >= config.maxStreams()) {
                promise.setFailure(new YamuxException("already " + streams.size() + " streams open"));
                return;
            }
            long id = nextStreamId;
            nextStreamId += 2;
            YamuxStreamChannel stream = newStream(id, initializer);
            writeFrame(YamuxFrame.TYPE_WINDOW_UPDATE, YamuxFrame.FLAG_SYN, id, extraWindow(), null);
            flush();
            connection.eventLoop().register(stream).addListener(f -> {
                if (f.isSuccess()) {
                    promise.setSuccess(stream);
                } else {
                    promise.setFailure(f.cause());
                }
            });
        });
        return promise;
    }

    /** Measures a round trip on the session (PING SYN/ACK); fails after the configured timeout. */
    public CompletableFuture<Duration> ping() {
        CompletableFuture<Duration> result = new CompletableFuture<>();
        connection.eventLoop().execute(() -> {
            long opaque = nextPing++ & 0xFFFFFFFFL;
            pings.put(opaque, new PendingPing(System.nanoTime(), result));
            writeFrame(YamuxFrame.TYPE_PING, YamuxFrame.FLAG_SYN, 0, opaque, null);
            flush();
            connection.eventLoop().schedule(() -> {
                if (pings.remove(opaque) != null) {
                    result.completeExceptionally(new TimeoutException("no yamux ping answer"));
                }
            }, config.pingTimeout().toMillis(), TimeUnit.MILLISECONDS);
        });
        return result;
    }

    /** Tells the peer we open and accept no more streams; existing streams carry on. */
    public void goAway() {
        connection.eventLoop().execute(() -> sendGoAway(YamuxFrame.GO_AWAY_NORMAL));
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof YamuxFrame frame)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        switch (frame.type()) {
            case YamuxFrame.TYPE_DATA, YamuxFrame.TYPE_WINDOW_UPDATE -> onStreamFrame(frame);
            case YamuxFrame.TYPE_PING -> onPing(frame);
            default -> onGoAway(frame);
        }
    }

    private void onStreamFrame(YamuxFrame frame) {
        long id = frame.streamId();
        if (id == 0) {
            frame.release();
            throw new YamuxException("stream frame on stream id 0");
        }
        YamuxStreamChannel stream = streams.get(id);
        if (frame.has(YamuxFrame.FLAG_SYN)) {
            if (stream != null || (id % 2 == 1) == client) {
                frame.release();
                throw new YamuxException("peer opened stream " + id + " which is reused or of our parity");
            }
            stream = acceptStream(id);
            if (stream == null) {
                frame.release();
                return;
            }
        }
        if (stream == null) {
            frame.release();
            return;
        }
        if (frame.type() == YamuxFrame.TYPE_DATA) {
            stream.onData(frame.data(), frame.flags());
        } else {
            stream.onWindowUpdate(frame.length(), frame.flags());
        }
    }

    private YamuxStreamChannel acceptStream(long id) {
        if (goAwaySent || streams.size() >= config.maxStreams()) {
            writeFrame(YamuxFrame.TYPE_WINDOW_UPDATE, YamuxFrame.FLAG_RST, id, 0, null);
            flush();
            return null;
        }
        YamuxStreamChannel stream = newStream(id, inboundStreamInitializer);
        writeFrame(YamuxFrame.TYPE_WINDOW_UPDATE, YamuxFrame.FLAG_ACK, id, extraWindow(), null);
        flush();
        connection.eventLoop().register(stream);
        return stream;
    }

    private YamuxStreamChannel newStream(long id, Consumer<Channel> initializer) {
        YamuxStreamChannel stream = new YamuxStreamChannel(this, id, config.receiveWindow());
        initializer.accept(stream);
        streams.put(id, stream);
        return stream;
    }

    private long extraWindow() {
        return config.receiveWindow() - (long) YamuxConfig.INITIAL_WINDOW;
    }

    private void onPing(YamuxFrame frame) {
        if (frame.has(YamuxFrame.FLAG_SYN)) {
            writeFrame(YamuxFrame.TYPE_PING, YamuxFrame.FLAG_ACK, 0, frame.length(), null);
            flush();
        } else if (frame.has(YamuxFrame.FLAG_ACK)) {
            PendingPing pending = pings.remove(frame.length());
            if (pending != null) {
                pending.result().complete(Duration.ofNanos(System.nanoTime() - pending.startNanos()));
            }
        }
    }

    private void onGoAway(YamuxFrame frame) {
        goAwayReceived = true;
        LOG.debug("peer on {} sent go away with code {}", connection, frame.length());
    }

    void writeFrame(int type, int flags, long streamId, long length, ByteBuf data) {
        ctx.write(new YamuxFrame(type, flags, streamId, length, data == null ? Unpooled.EMPTY_BUFFER : data));
    }

    void flush() {
        ctx.flush();
    }

    void remove(long streamId) {
        streams.remove(streamId);
    }

    private void sendGoAway(long code) {
        if (!goAwaySent && ctx != null && connection.isActive()) {
            goAwaySent = true;
            writeFrame(YamuxFrame.TYPE_GO_AWAY, 0, 0, code, null);
            flush();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable reason = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        LOG.debug("closing yamux session on {}: {}", connection, reason.toString());
        sendGoAway(reason instanceof YamuxException ? YamuxFrame.GO_AWAY_PROTOCOL_ERROR
                : YamuxFrame.GO_AWAY_INTERNAL_ERROR);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        for (YamuxStreamChannel stream : new ArrayList<>(streams.values())) {
            stream.onSessionClosed();
        }
        streams.clear();
        pings.values().forEach(p -> p.result().completeExceptionally(new YamuxException("session closed")));
        pings.clear();
        super.channelInactive(ctx);
    }
}
