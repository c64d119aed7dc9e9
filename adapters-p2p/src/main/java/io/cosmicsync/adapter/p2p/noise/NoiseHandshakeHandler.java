package io.cosmicsync.adapter.p2p.noise;

import com.southernstorm.noise.protocol.CipherStatePair;
import com.southernstorm.noise.protocol.HandshakeState;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.Ed25519PublicKey;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the three-message Noise XX handshake with the libp2p payload, then replaces itself with a
 * {@link NoiseTransportHandler} and tells its {@link NoiseSecurity.Listener}.
 *
 * <pre>
 *   initiator                                         responder
 *   [len] e                                   ---->
 *                                             <----   [len] e, ee, s, es + payload(responder identity)
 *   [len] s, se + payload(initiator identity) ---->
 *   (both split: initiator sends with the first cipher state, responder with the second)
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/noise/README.md">noise/README.md</a>
 * ({@code Noise_XX_25519_ChaChaPoly_SHA256}, empty prologue). Every failure — a bad message, a payload whose
 * signature does not cover the static key, a peer id other than the expected one, the channel closing, or no
 * completion within the timeout — closes the channel and is reported once to the listener.
 */
final class NoiseHandshakeHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(NoiseHandshakeHandler.class);

    private final Ed25519KeyPair identity;
    private final boolean initiator;
    private final PeerId expectedRemote;
    private final Duration timeout;
    private final NoiseSecurity.Listener listener;
    private HandshakeState state;
    private ScheduledFuture<?> deadline;
    private Ed25519PublicKey remoteKey;
    private int messagesWritten;
    private boolean finished;

    NoiseHandshakeHandler(Ed25519KeyPair identity, boolean initiator, PeerId expectedRemote, Duration timeout,
            NoiseSecurity.Listener listener) {
        this.identity = identity;
        this.initiator = initiator;
        this.expectedRemote = expectedRemote;
        this.timeout = timeout;
        this.listener = listener;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) throws Exception {
        if (ctx.channel().isActive()) {
            begin(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        begin(ctx);
        ctx.fireChannelActive();
    }

    private void begin(ChannelHandlerContext ctx) {
        if (state != null) {
            return;
        }
        try {
            state = new HandshakeState(NoiseSecurity.PROTOCOL_NAME,
                    initiator ? HandshakeState.INITIATOR : HandshakeState.RESPONDER);
            state.getLocalKeyPair().generateKeyPair();
            state.start();
            deadline = ctx.executor().schedule(() -> fail(ctx, new NoiseException(
                    "handshake not done within " + timeout.toMillis() + " ms")), timeout.toMillis(), TimeUnit.MILLISECONDS);
            advance(ctx);
        } catch (Exception e) {
            fail(ctx, e);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (finished || !(msg instanceof ByteBuf frame)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        try {
            if (state.getAction() != HandshakeState.READ_MESSAGE) {
                throw new NoiseException("unexpected handshake message");
            }
            byte[] message = ByteBufUtil.getBytes(frame);
            byte[] payload = new byte[message.length];
            int payloadLength = state.readMessage(message, 0, message.length, payload, 0);
            if (remoteKey == null && state.getRemotePublicKey() != null && state.getRemotePublicKey().hasPublicKey()) {
                remoteKey = NoisePayloads.verify(Arrays.copyOf(payload, payloadLength), remoteStaticKey());
                checkExpected(remoteKey.toPeerId());
            }
            advance(ctx);
        } catch (Exception e) {
            fail(ctx, e);
        } finally {
            frame.release();
        }
    }

    /** Writes our messages while it is our turn, and finishes when the handshake splits. */
    private void advance(ChannelHandlerContext ctx) throws Exception {
        while (state.getAction() == HandshakeState.WRITE_MESSAGE) {
            byte[] payload = messagesWritten++ == 0 && initiator ? new byte[0] : NoisePayloads.create(identity,
                    localStaticKey());
            byte[] message = new byte[NoiseSecurity.MAX_FRAME_BYTES];
            int length = state.writeMessage(message, 0, payload, 0, payload.length);
            ctx.writeAndFlush(ctx.alloc().buffer(2 + length).writeShort(length).writeBytes(message, 0, length));
        }
        if (state.getAction() == HandshakeState.SPLIT) {
            finish(ctx, state.split());
        }
    }

    private void finish(ChannelHandlerContext ctx, CipherStatePair keys) throws Exception {
        if (remoteKey == null) {
            throw new NoiseException("handshake ended without the remote identity");
        }
        PeerId remotePeer = remoteKey.toPeerId();
        deadline.cancel(false);
        ctx.pipeline().replace(this, NoiseSecurity.TRANSPORT_HANDLER, new NoiseTransportHandler(keys));
        listener.secured(ctx.channel(), new SecureSession(remotePeer, remoteKey, initiator));
        finished = true;
        state.destroy();
    }

    /** A dialer learns who answered from message 2 and stops there, before revealing itself, if it is wrong. */
    private void checkExpected(PeerId remotePeer) {
        if (expectedRemote != null && !expectedRemote.equals(remotePeer)) {
            throw new NoiseException("dialed " + expectedRemote + " but reached " + remotePeer);
        }
    }

    private byte[] localStaticKey() {
        byte[] key = new byte[state.getLocalKeyPair().getPublicKeyLength()];
        state.getLocalKeyPair().getPublicKey(key, 0);
        return key;
    }

    private byte[] remoteStaticKey() {
        byte[] key = new byte[state.getRemotePublicKey().getPublicKeyLength()];
        state.getRemotePublicKey().getPublicKey(key, 0);
        return key;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        fail(ctx, new NoiseException("connection closed during the handshake"));
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, cause);
    }

    private void fail(ChannelHandlerContext ctx, Throwable cause) {
        if (finished) {
            return;
        }
        finished = true;
        if (deadline != null) {
            deadline.cancel(false);
        }
        if (state != null) {
            state.destroy();
        }
        LOG.debug("Noise handshake failed on {}: {}", ctx.channel(), cause.toString());
        listener.failed(cause instanceof NoiseException ? cause : new NoiseException("handshake failed", cause));
        ctx.close();
    }
}
