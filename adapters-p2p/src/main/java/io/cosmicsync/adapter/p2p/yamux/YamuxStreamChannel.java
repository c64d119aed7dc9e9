package io.cosmicsync.adapter.p2p.yamux;

import io.netty.buffer.ByteBuf;
import io.netty.channel.AbstractChannel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelMetadata;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPromise;
import io.netty.channel.DefaultChannelConfig;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.ChannelInputShutdownReadComplete;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;

/**
 * One yamux stream, exposed as a Netty child channel of the connection: protocols put ordinary handlers in its
 * pipeline, read ByteBufs, and write ByteBufs with Netty's usual back-pressure ({@link #isWritable()} turns false
 * when writes wait for window). Lives on the connection's event loop.
 *
 * <p>Flow control (<a href="https://github.com/libp2p/specs/blob/master/yamux/README.md#flow-control">yamux
 * flow control</a>): writes never exceed the send window; they wait for window updates. Received data counts
 * against the receive window until it is handed to the pipeline (so {@code autoRead=false} holds the sender);
 * once half the window has been read it is granted back. A peer overrunning the window is a
 * {@link YamuxException} for the whole session.
 *
 * <p>Closing: {@link #closeWrite()} sends FIN after pending writes (half-close); the remote's FIN arrives as a
 * {@link ChannelInputShutdownEvent} user event; when both directions are closed the channel closes.
 * {@link #close()} sends FIN at once (unsent writes fail); {@link #reset()} sends RST. A RST from the peer
 * closes the channel.
 */
public final class YamuxStreamChannel extends AbstractChannel {

    private static final ChannelMetadata METADATA = new ChannelMetadata(false);

    private final YamuxSession session;
    private final long streamId;
    private final ChannelConfig config = new DefaultChannelConfig(this);
    private final ArrayDeque<ByteBuf> inbound = new ArrayDeque<>();
    private long sendWindow = YamuxConfig.INITIAL_WINDOW;
    private long receiveCredit;
    private long readSinceUpdate;
    private boolean open = true;
    private boolean readPending;
    private boolean delivering;
    private boolean finPending;
    private boolean finSent;
    private boolean finReceived;
    private boolean inputShutdownFired;
    private boolean reset;

    YamuxStreamChannel(YamuxSession session, long streamId, long receiveWindow) {
        super(session.connection());
        this.session = session;
        this.streamId = streamId;
        this.receiveCredit = receiveWindow;
    }

    public long streamId() {
        return streamId;
    }

    /** Sends FIN once the writes already queued have gone out: "I will send no more". */
    public ChannelFuture closeWrite() {
        ChannelPromise promise = newPromise();
        eventLoop().execute(() -> {
            if (!open || finSent) {
                promise.setSuccess();
                return;
            }
            finPending = true;
            ChannelOutboundBuffer buffer = unsafe().outboundBuffer();
            if (buffer == null || buffer.isEmpty()) {
                sendFin();
            } else {
                ((StreamUnsafe) unsafe()).resumeWrites();
            }
            promise.setSuccess();
        });
        return promise;
    }

    /** Aborts the stream in both directions with RST. */
    public void reset() {
        eventLoop().execute(() -> {
            if (open && !reset) {
                reset = true;
                session.writeFrame(YamuxFrame.TYPE_WINDOW_UPDATE, YamuxFrame.FLAG_RST, streamId, 0, null);
                session.flush();
            }
            close();
        });
    }

    // ---- called by the session, on the event loop ----

    void onData(ByteBuf data, int flags) {
        int length = data.readableBytes();
        if (length > receiveCredit) {
            data.release();
            throw new YamuxException("stream " + streamId + " received " + length + " bytes with only "
                    + receiveCredit + " of window left");
        }
        if (!open) {
            data.release();
            if (length > 0 && !finReceived) {
                session.writeFrame(YamuxFrame.TYPE_WINDOW_UPDATE, 0, streamId, length, null);
                session.flush();
            }
        } else if (length > 0) {
            receiveCredit -= length;
            inbound.add(data);
        } else {
            data.release();
        }
        onFlags(flags);
        deliver();
    }

    void onWindowUpdate(long delta, int flags) {
        sendWindow += delta;
        onFlags(flags);
        if (open && delta > 0) {
            ((StreamUnsafe) unsafe()).resumeWrites();
        }
        deliver();
    }

    /** The connection is gone: the stream dies with it. */
    void onSessionClosed() {
        reset = true;
        if (open) {
            unsafe().close(voidPromise());
        }
    }

    private void onFlags(int flags) {
        if ((flags & YamuxFrame.FLAG_RST) != 0) {
            reset = true;
            if (open) {
                unsafe().close(voidPromise());
            } else {
                session.remove(streamId);
            }
            return;
        }
        if ((flags & YamuxFrame.FLAG_FIN) != 0) {
            finReceived = true;
            if (!open) {
                session.remove(streamId);
            }
        }
    }

    private void deliver() {
        if (delivering || !open) {
            return;
        }
        delivering = true;
        try {
            boolean fired = false;
            while (readPending && !inbound.isEmpty()) {
                ByteBuf next = inbound.poll();
                granted(next.readableBytes());
                fired = true;
                if (!config.isAutoRead()) {
                    readPending = false;
                }
                pipeline().fireChannelRead(next);
            }
            if (fired) {
                pipeline().fireChannelReadComplete();
            }
            if (inbound.isEmpty() && finReceived && !inputShutdownFired && open) {
                inputShutdownFired = true;
                pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
                pipeline().fireUserEventTriggered(ChannelInputShutdownReadComplete.INSTANCE);
                if (finSent && open) {
                    unsafe().close(voidPromise());
                }
            }
        } finally {
            delivering = false;
        }
    }

    /** Gives window back once the application has taken half of it. */
    private void granted(int bytes) {
        readSinceUpdate += bytes;
        if (readSinceUpdate >= session.config().receiveWindow() / 2) {
            session.writeFrame(YamuxFrame.TYPE_WINDOW_UPDATE, 0, streamId, readSinceUpdate, null);
            session.flush();
            receiveCredit += readSinceUpdate;
            readSinceUpdate = 0;
        }
    }

    private void sendFin() {
        finPending = false;
        finSent = true;
        session.writeFrame(YamuxFrame.TYPE_WINDOW_UPDATE, YamuxFrame.FLAG_FIN, streamId, 0, null);
        session.flush();
        if (finReceived && inputShutdownFired && open) {
            unsafe().close(voidPromise());
        }
    }

    // ---- Netty channel plumbing ----

    @Override
    protected void doWrite(ChannelOutboundBuffer in) {
        while (true) {
            Object msg = in.current();
            if (msg == null) {
                if (finPending) {
                    sendFin();
                }
                break;
            }
            if (finSent || reset) {
                in.remove(new ClosedChannelException());
            } else if (!(msg instanceof ByteBuf buf)) {
                in.remove(new UnsupportedOperationException("yamux streams carry ByteBufs, not " + msg.getClass()));
            } else if (!buf.isReadable()) {
                in.remove();
            } else if (sendWindow == 0) {
                break;
            } else {
                int length = (int) Math.min(Math.min(buf.readableBytes(), sendWindow), session.config().maxFrameData());
                session.writeFrame(YamuxFrame.TYPE_DATA, 0, streamId, length,
                        buf.retainedSlice(buf.readerIndex(), length));
                sendWindow -= length;
                in.removeBytes(length);
            }
        }
        session.flush();
    }

    @Override
    protected void doBeginRead() {
        readPending = true;
        deliver();
    }

    @Override
    protected void doClose() {
        if (!open) {
            return;
        }
        open = false;
        if (!reset && !finSent) {
            finSent = true;
            session.writeFrame(YamuxFrame.TYPE_WINDOW_UPDATE, YamuxFrame.FLAG_FIN, streamId, 0, null);
            session.flush();
        }
        ByteBuf next;
        while ((next = inbound.poll()) != null) {
            next.release();
        }
        if (reset || finReceived) {
            session.remove(streamId);
        }
    }

    @Override
    protected void doDisconnect() {
        doClose();
    }

    @Override
    protected void doBind(SocketAddress localAddress) {
        throw new UnsupportedOperationException("yamux streams are not bound");
    }

    @Override
    protected AbstractUnsafe newUnsafe() {
        return new StreamUnsafe();
    }

    @Override
    protected boolean isCompatible(EventLoop loop) {
        return loop == parent().eventLoop();
    }

    @Override
    protected SocketAddress localAddress0() {
        return parent().localAddress();
    }

    @Override
    protected SocketAddress remoteAddress0() {
        return parent().remoteAddress();
    }

    @Override
    public ChannelConfig config() {
        return config;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean isActive() {
        return open;
    }

    @Override
    public ChannelMetadata metadata() {
        return METADATA;
    }

    @Override
    public String toString() {
        return "yamux-stream[" + streamId + " of " + parent() + "]";
    }

    private final class StreamUnsafe extends AbstractUnsafe {
        @Override
        public void connect(SocketAddress remote, SocketAddress local, ChannelPromise promise) {
            promise.setFailure(new UnsupportedOperationException("open streams through YamuxSession"));
        }

        /** Retries queued writes after the window grew or FIN was requested. */
        void resumeWrites() {
            flush0();
        }
    }
}
