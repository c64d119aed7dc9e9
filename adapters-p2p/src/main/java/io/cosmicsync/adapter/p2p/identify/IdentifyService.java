package io.cosmicsync.adapter.p2p.identify;

import io.cosmicsync.adapter.p2p.framing.VarintFrameDecoder;
import io.cosmicsync.adapter.p2p.framing.VarintFrameEncoder;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.transport.Connection;
import io.cosmicsync.adapter.p2p.transport.ConnectionListener;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identify protocol ({@code /ipfs/id/1.0.0}) on a {@link Host}: answers peers that ask who we are, asks every
 * newly connected peer the same, and remembers the answers.
 *
 * <pre>
 *   asker opens a stream ──►  answerer writes [varint length][Identify protobuf] and closes its side (FIN)
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/identify/README.md">identify/README.md</a>.
 * Messages above {@value #MAX_MESSAGE_BYTES} bytes close the stream (js-libp2p uses the same limit).
 */
public final class IdentifyService implements ConnectionListener {

    public static final String PROTOCOL_ID = "/ipfs/id/1.0.0";
    /** js-libp2p's default identify message limit; ours are a few hundred bytes. */
    public static final int MAX_MESSAGE_BYTES = 8192;
    /** The protocol family this node speaks, as identify's protocolVersion. */
    public static final String PROTOCOL_VERSION = "ipfs/0.1.0";

    private static final Logger LOG = LoggerFactory.getLogger(IdentifyService.class);

    private final Host host;
    private final String agentVersion;
    private final Map<PeerId, IdentifyMessage> known = new ConcurrentHashMap<>();
    private final Map<PeerId, CompletableFuture<IdentifyMessage>> firstAnswers = new ConcurrentHashMap<>();

    private IdentifyService(Host host, String agentVersion) {
        this.host = host;
        this.agentVersion = agentVersion;
    }

    /** Serves identify on the host and identifies every peer that connects from now on. */
    public static IdentifyService install(Host host, String agentVersion) {
        IdentifyService service = new IdentifyService(host, agentVersion);
        host.handle(PROTOCOL_ID, (stream, id) -> service.answer(stream));
        host.addConnectionListener(service);
        return service;
    }

    /** Asks a connected peer now; also updates {@link #lastKnown}. */
    public CompletableFuture<IdentifyMessage> identify(PeerId peer) {
        CompletableFuture<IdentifyMessage> result = new CompletableFuture<>();
        host.openStream(peer, PROTOCOL_ID, (stream, id) -> {
            stream.pipeline().addLast(new VarintFrameDecoder(MAX_MESSAGE_BYTES), new Reader(peer, result));
        }).whenComplete((stream, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
            }
        });
        return result.whenComplete((message, e) -> {
            if (message != null) {
                known.put(peer, message);
                firstAnswers.computeIfAbsent(peer, p -> new CompletableFuture<>()).complete(message);
            }
        });
    }

    /** The latest answer from a peer, if any. */
    public Optional<IdentifyMessage> lastKnown(PeerId peer) {
        return Optional.ofNullable(known.get(peer));
    }

    /** Completes when the peer's first identify answer arrives (the automatic one after connecting). */
    public CompletableFuture<IdentifyMessage> whenIdentified(PeerId peer) {
        return firstAnswers.computeIfAbsent(peer, p -> new CompletableFuture<>());
    }

    @Override
    public void connected(Connection connection) {
        identify(connection.remotePeer()).exceptionally(e -> {
            LOG.debug("identify of {} failed: {}", connection.remotePeer(), e.toString());
            return null;
        });
    }

    @Override
    public void disconnected(Connection connection) {
        if (host.connection(connection.remotePeer()).isEmpty()) {
            firstAnswers.remove(connection.remotePeer());
        }
    }

    private void answer(Channel stream) {
        Connection connection = Connection.of(stream);
        IdentifyMessage message = new IdentifyMessage(PROTOCOL_VERSION, agentVersion, host.identity().publicKey(),
                host.listenAddresses(), Optional.of(Multiaddr.tcp((InetSocketAddress) connection.channel()
                        .remoteAddress())), host.protocols().stream().sorted().toList());
        stream.pipeline().addLast(new VarintFrameEncoder(MAX_MESSAGE_BYTES));
        stream.writeAndFlush(Unpooled.wrappedBuffer(message.encode())).addListener(ChannelFutureListener.CLOSE);
    }

    /** Reads the single answer; the stream then ends. */
    private static final class Reader extends ChannelInboundHandlerAdapter {
        private final PeerId peer;
        private final CompletableFuture<IdentifyMessage> result;

        Reader(PeerId peer, CompletableFuture<IdentifyMessage> result) {
            this.peer = peer;
            this.result = result;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf frame = (ByteBuf) msg;
            try {
                result.complete(IdentifyMessage.decode(ByteBufUtil.getBytes(frame), peer));
            } catch (IdentifyException e) {
                result.completeExceptionally(e);
            } finally {
                frame.release();
                ctx.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            result.completeExceptionally(new IdentifyException("stream closed before the identify message"));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            result.completeExceptionally(cause);
            ctx.close();
        }
    }
}
