package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.framing.LengthPrefixedProtobufEncoder;
import io.cosmicsync.adapter.p2p.framing.VarintFrameDecoder;
import io.cosmicsync.adapter.p2p.kad.pb.KadProtos;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.transport.Connection;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.netty.channel.Channel;

import java.net.ConnectException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Kad requests over the {@link Host}: connects to the peer if needed (its known addresses, in order, with
 * {@code /p2p/<id>} appended), opens a {@code <prefix>/kad/1.0.0} stream, writes the request frame, completes
 * with the first answer frame and closes the stream. The whole exchange is bounded by the query timeout.
 * Spec: https://github.com/libp2p/specs/blob/master/kad-dht/README.md#rpc-messages
 */
public final class NettyKadTransport implements KadTransport {

    private final Host host;
    private final KadConfig config;

    public NettyKadTransport(Host host, KadConfig config) {
        this.host = host;
        this.config = config;
    }

    @Override
    public CompletableFuture<KadProtos.Message> request(KadPeer peer, KadProtos.Message request) {
        CompletableFuture<KadProtos.Message> answer = new CompletableFuture<>();
        CompletableFuture<Channel> stream = connect(peer, 0).thenCompose(connection ->
                host.openStream(peer.id(), config.protocolId(), (ch, id) -> ch.pipeline().addLast(
                        new VarintFrameDecoder(config.maxMessageSize()),
                        new LengthPrefixedProtobufEncoder(config.maxMessageSize()),
                        new KadResponseHandler(answer))));
        stream.whenComplete((ch, error) -> {
            if (error != null) {
                answer.completeExceptionally(error);
            } else {
                ch.writeAndFlush(request);
            }
        });
        return answer.orTimeout(config.queryTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((message, error) -> stream.thenAccept(Channel::close));
    }

    private CompletableFuture<Connection> connect(KadPeer peer, int addressIndex) {
        var existing = host.connection(peer.id());
        if (existing.isPresent()) {
            return CompletableFuture.completedFuture(existing.get());
        }
        if (addressIndex >= peer.addrs().size()) {
            return CompletableFuture.failedFuture(new ConnectException("no address of " + peer.id() + " answered"));
        }
        Multiaddr address = peer.addrs().get(addressIndex).withoutPeerId()
                .with(Multiaddr.parse("/p2p/" + peer.id().toBase58()));
        return host.dial(address).handle((connection, error) -> error == null
                        ? CompletableFuture.completedFuture(connection) : connect(peer, addressIndex + 1))
                .thenCompose(f -> f);
    }
}
