package io.cosmicsync.adapter.p2p.noise;

import com.southernstorm.noise.protocol.CipherState;
import com.southernstorm.noise.protocol.CipherStatePair;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import javax.crypto.BadPaddingException;
import javax.crypto.ShortBufferException;
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
 * format</a>. A frame that fails to decrypt closes the connection (the nonce sequence is then broken for good).
 */
final class NoiseTransportHandler extends ChannelDuplexHandler {

    /** A Noise message is at most 65535 bytes (Noise spec section 3), less the 16-byte ChaChaPoly tag. */
    static final int MAX_PLAINTEXT = NoiseSecurity.MAX_FRAME_BYTES - 16;

    private static final Logger LOG = LoggerFactory.getLogger(NoiseTransportHandler.class);

    private final CipherState sender;
    private final CipherState receiver;

    NoiseTransportHandler(CipherStatePair keys) {
        this.sender = keys.getSender();
        this.receiver = keys.getReceiver();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (!(msg instanceof ByteBuf frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        byte[] ciphertext;
        try {
            ciphertext = ByteBufUtil.getBytes(frame);
        } finally {
            frame.release();
        }
        byte[] plaintext = new byte[ciphertext.length];
        int length;
        try {
            length = receiver.decryptWithAd(null, ciphertext, 0, plaintext, 0, ciphertext.length);
        } catch (BadPaddingException | ShortBufferException | IllegalArgumentException e) {
            throw new NoiseException("a frame failed to decrypt", e);
        }
        if (length > 0) {
            ctx.fireChannelRead(ctx.alloc().buffer(length).writeBytes(plaintext, 0, length));
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (!(msg instanceof ByteBuf plain)) {
            ReferenceCountUtil.release(msg);
            promise.setFailure(new IllegalArgumentException("Noise carries ByteBufs, not " + msg.getClass()));
            return;
        }
        ByteBuf out;
        try {
            int chunks = Math.max(1, (plain.readableBytes() + MAX_PLAINTEXT - 1) / MAX_PLAINTEXT);
            out = ctx.alloc().buffer(plain.readableBytes() + chunks * 18);
            byte[] chunk = new byte[Math.min(MAX_PLAINTEXT, plain.readableBytes())];
            byte[] sealed = new byte[chunk.length + 16];
            while (plain.isReadable()) {
                int length = Math.min(MAX_PLAINTEXT, plain.readableBytes());
                plain.readBytes(chunk, 0, length);
                int sealedLength = sender.encryptWithAd(null, chunk, 0, sealed, 0, length);
                out.writeShort(sealedLength).writeBytes(sealed, 0, sealedLength);
            }
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
