package io.cosmicsync.adapter.p2p.noise;

import com.southernstorm.noise.protocol.CipherStatePair;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts and decrypts the byte stream after the Noise handshake. Inbound: one decrypted ByteBuf per frame from
 * the {@code LengthFieldBasedFrameDecoder} before it. Outbound: each ByteBuf written is cut into chunks of at most
 * {@value #MAX_PLAINTEXT} bytes, each sent as one frame.
 *
 * <pre>
 *   +-----------------------+-----------------------------------------------+
 *   | length: uint16 BE     | ChaChaPoly ciphertext of the chunk + 16 B tag |   length &lt;= 65535
 *   +-----------------------+-----------------------------------------------+
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/noise/README.md#wire-format">noise/README.md, wire
 * format</a>. A frame that fails to decrypt closes the connection (the nonce sequence is then broken for good). The
 * cipher is native ChaCha20-Poly1305 where it can be ({@link NoiseJavaKeys}), else noise-java's.
 */
final class NoiseTransportHandler extends ChannelDuplexHandler {

    /** A Noise message is at most 65535 bytes (Noise spec section 3), less the 16-byte ChaChaPoly tag. */
    static final int MAX_PLAINTEXT = NoiseSecurity.MAX_FRAME_BYTES - 16;

    private static final Logger LOG = LoggerFactory.getLogger(NoiseTransportHandler.class);

    private final TransportCipher sender;
    private final TransportCipher receiver;

    /** Takes over the pair Split() returned: natively when its keys can be had, else on noise-java. */
    NoiseTransportHandler(CipherStatePair keys) {
        TransportCipher[] ciphers = NoiseJavaKeys.extract(keys).orElseGet(() -> new TransportCipher[] {
            new NoiseJavaTransportCipher(keys.getSender()), new NoiseJavaTransportCipher(keys.getReceiver())});
        this.sender = ciphers[0];
        this.receiver = ciphers[1];
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (!(msg instanceof ByteBuf frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ByteBuf plain;
        try {
            plain = receiver.open(frame, ctx.alloc());
        } finally {
            frame.release();
        }
        if (plain.isReadable()) {
            ctx.fireChannelRead(plain);
        } else {
            plain.release();
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (!(msg instanceof ByteBuf plain)) {
            ReferenceCountUtil.release(msg);
            promise.setFailure(new IllegalArgumentException("Noise carries ByteBufs, not " + msg.getClass()));
            return;
        }
        ByteBuf out = null;
        try {
            int chunks = Math.max(1, (plain.readableBytes() + MAX_PLAINTEXT - 1) / MAX_PLAINTEXT);
            out = ctx.alloc().directBuffer(plain.readableBytes() + chunks * (2 + TransportCipher.TAG_BYTES));
            do {
                int length = Math.min(MAX_PLAINTEXT, plain.readableBytes());
                out.writeShort(length + TransportCipher.TAG_BYTES);
                sender.seal(plain, length, out);
            } while (plain.isReadable());
        } catch (RuntimeException e) {
            ReferenceCountUtil.release(out);
            throw e;
        } finally {
            plain.release();
        }
        ctx.write(out, promise);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing {}: {}", ctx.channel(), cause.getMessage());
        ctx.close();
    }
}
