package io.cosmicsync.adapter.p2p.noise;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.time.Duration;

/**
 * Entry point of the {@code /noise} security protocol: adds the frame decoder and the handshake handler to a
 * connection's pipeline; after the handshake the pipeline carries plaintext ByteBufs in both directions.
 *
 * <pre>
 *   every Noise message on the wire:  +-------------------+-------------------------+
 *                                     | length: uint16 BE | message (&lt;= 65535 B)  |
 *                                     +-------------------+-------------------------+
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/noise/README.md">noise/README.md</a>.
 */
public final class NoiseSecurity {

    /** The multistream-select protocol id of libp2p Noise. */
    public static final String PROTOCOL_ID = "/noise";
    /** The only Noise protocol libp2p uses. */
    public static final String PROTOCOL_NAME = "Noise_XX_25519_ChaChaPoly_SHA256";
    /** A Noise message is at most 65535 bytes (Noise spec section 3); the 2-byte prefix cannot say more. */
    public static final int MAX_FRAME_BYTES = 65535;
    /** Pipeline name of the frame decoder. */
    public static final String FRAME_DECODER = "noise-frames";
    /** Pipeline name of the handshake handler, later of the transport handler. */
    public static final String HANDSHAKE_HANDLER = "noise-handshake";
    static final String TRANSPORT_HANDLER = "noise-transport";

    /** Told once how the handshake ended; both methods run on the channel's event loop. */
    public interface Listener {
        /** Install the next layer here with {@code channel.pipeline().addLast(...)}. */
        void secured(Channel channel, SecureSession session) throws Exception;

        void failed(Throwable cause);
    }

    private NoiseSecurity() {
    }

    /**
     * Appends Noise to the pipeline.
     *
     * @param expectedRemote the peer id the dialer meant to reach, or null to accept any authenticated peer
     * @param timeout        how long the whole handshake may take
     */
    public static void addLast(ChannelPipeline pipeline, Ed25519KeyPair identity, boolean initiator,
            PeerId expectedRemote, Duration timeout, Listener listener) {
        pipeline.addLast(FRAME_DECODER, new LengthFieldBasedFrameDecoder(MAX_FRAME_BYTES + 2, 0, 2, 0, 2));
        pipeline.addLast(HANDSHAKE_HANDLER,
                new NoiseHandshakeHandler(identity, initiator, expectedRemote, timeout, listener));
    }
}
