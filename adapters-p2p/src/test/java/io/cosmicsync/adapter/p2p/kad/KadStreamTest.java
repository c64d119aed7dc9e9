package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.framing.LengthPrefixedProtobufEncoder;
import io.cosmicsync.adapter.p2p.framing.VarintFrameDecoder;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.kad.pb.KadProtos;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The server end of a kad stream, fed in fragments through EmbeddedChannel. */
class KadStreamTest {

    private final KadConfig config = KadConfig.defaults();
    private final PeerId local = Ed25519KeyPair.generate().peerId();
    private final KademliaDht dht = new KademliaDht(local, () -> List.of(Multiaddr.parse("/ip4/192.0.2.1/tcp/4001")),
            config, (peer, request) -> CompletableFuture.failedFuture(new IllegalStateException("offline")));
    private final PeerId remote = Ed25519KeyPair.generate().peerId();

    private EmbeddedChannel serverStream() {
        for (int i = 0; i < 30; i++) {
            dht.addPeer(KadPeer.of(Ed25519KeyPair.generate().peerId(), Multiaddr.parse("/ip4/10.2.0." + (i + 1) + "/tcp/4001")));
        }
        return new EmbeddedChannel(new VarintFrameDecoder(config.maxMessageSize()),
                new LengthPrefixedProtobufEncoder(config.maxMessageSize()), new KadServerHandler(dht, remote));
    }

    @Test
    void answers_several_requests_on_one_stream_however_the_bytes_are_split() throws Exception {
        EmbeddedChannel stream = serverStream();
        PeerId target = Ed25519KeyPair.generate().peerId();
        byte[] wire = concat(frame(KadMessages.findNode(target.toBytes())),
                frame(KadProtos.Message.newBuilder().setType(KadProtos.Message.MessageType.PING).build()));

        for (int i = 0; i < wire.length; i += 5) {
            stream.writeInbound(Unpooled.wrappedBuffer(wire, i, Math.min(5, wire.length - i)));
        }

        List<KadProtos.Message> answers = readAnswers(stream);
        assertThat(answers).hasSize(2);
        assertThat(KadMessages.closerPeers(answers.get(0))).hasSize(20)
                .isEqualTo(dht.routingTable().closest(KadKey.of(target), 20));
        assertThat(answers.get(1).getType()).isEqualTo(KadProtos.Message.MessageType.PING);
        assertThat(stream.isOpen()).isTrue();
    }

    @Test
    void closes_the_stream_on_a_frame_that_is_not_a_message() {
        EmbeddedChannel stream = serverStream();

        stream.writeInbound(Unpooled.wrappedBuffer(new byte[]{0x03, (byte) 0xff, (byte) 0xff, (byte) 0xff}));

        assertThat(stream.isOpen()).isFalse();
        assertThat((Object) stream.readOutbound()).isNull();
    }

    @Test
    void closes_the_stream_on_a_frame_longer_than_the_limit() {
        EmbeddedChannel stream = serverStream();
        ByteBuf prefix = Unpooled.buffer();
        io.cosmicsync.adapter.p2p.multiformats.Varint.write(config.maxMessageSize() + 1, prefix);

        stream.writeInbound(prefix);

        assertThat(stream.isOpen()).isFalse();
    }

    @Test
    void closes_the_stream_on_a_request_type_it_does_not_serve() throws Exception {
        EmbeddedChannel stream = serverStream();

        stream.writeInbound(Unpooled.wrappedBuffer(frame(KadProtos.Message.newBuilder()
                .setType(KadProtos.Message.MessageType.ADD_PROVIDER).build())));

        assertThat(stream.isOpen()).isFalse();
    }

    private byte[] frame(KadProtos.Message message) {
        EmbeddedChannel encoder = new EmbeddedChannel(new LengthPrefixedProtobufEncoder(config.maxMessageSize()));
        encoder.writeOutbound(message);
        ByteBuf out = encoder.readOutbound();
        byte[] bytes = ByteBufUtil.getBytes(out);
        out.release();
        return bytes;
    }

    private static List<KadProtos.Message> readAnswers(EmbeddedChannel stream) throws Exception {
        ByteBuf all = Unpooled.buffer();
        ByteBuf out;
        while ((out = stream.readOutbound()) != null) {
            all.writeBytes(out);
            out.release();
        }
        EmbeddedChannel decoder = new EmbeddedChannel(new VarintFrameDecoder(64 * 1024));
        decoder.writeInbound(all);
        List<KadProtos.Message> answers = new ArrayList<>();
        ByteBuf frame;
        while ((frame = decoder.readInbound()) != null) {
            answers.add(KadProtos.Message.parseFrom(ByteBufUtil.getBytes(frame)));
            frame.release();
        }
        return answers;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
