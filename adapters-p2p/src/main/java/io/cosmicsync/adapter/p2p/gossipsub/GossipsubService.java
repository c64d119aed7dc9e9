package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.framing.LengthPrefixedProtobufEncoder;
import io.cosmicsync.adapter.p2p.framing.VarintFrameDecoder;
import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.transport.Connection;
import io.cosmicsync.adapter.p2p.transport.ConnectionListener;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Gossipsub on a {@link Host}: serves {@code /meshsub/1.1.0}, opens one outbound stream to every peer that
 * connects (a peer that does not speak gossipsub refuses it and is left alone), feeds both directions to a
 * {@link GossipsubRouter}, and beats the router's heartbeat every second on its own thread.
 *
 * <pre>
 *   outbound stream (this node writes):  [varint len][RPC] ...
 *   inbound stream  (the peer writes):   [varint len][RPC] ...   at most maxRpcSize bytes a frame
 * </pre>
 *
 * RPCs for a peer whose outbound stream is still being negotiated wait (at most {@link #MAX_PENDING_RPCS});
 * RPCs for a peer that does not read (its stream is above Netty's write-buffer high-water mark) are dropped
 * rather than buffered without bound.
 * Use {@link #router()} to subscribe and publish. Spec:
 * https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.1.md
 */
public final class GossipsubService implements ConnectionListener, RpcOutbox, AutoCloseable {

    /** RPCs queued per peer while its stream opens; more are dropped (gossip repairs the loss). */
    static final int MAX_PENDING_RPCS = 64;
    private static final Logger LOG = LoggerFactory.getLogger(GossipsubService.class);

    private final Host host;
    private final GossipsubRouter router;
    private final Map<PeerId, Channel> outbound = new ConcurrentHashMap<>();
    private final Map<PeerId, List<RpcProtos.RPC>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;

    private GossipsubService(Host host, GossipsubConfig config) {
        this.host = host;
        this.router = new GossipsubRouter(host.identity(), config, this, Clock.systemUTC(), new SecureRandom());
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gossipsub-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** Serves gossipsub on the host, attaches to every peer that connects from now on, starts the heartbeat. */
    public static GossipsubService install(Host host, GossipsubConfig config) {
        GossipsubService service = new GossipsubService(host, config);
        host.handle(GossipsubConfig.PROTOCOL_ID, (stream, protocol) -> service.acceptInbound(stream));
        host.addConnectionListener(service);
        long period = config.heartbeatInterval().toMillis();
        service.heartbeat.scheduleAtFixedRate(service::beat, period, period, TimeUnit.MILLISECONDS);
        return service;
    }

    public GossipsubRouter router() {
        return router;
    }

    @Override
    public void connected(Connection connection) {
        PeerId peer = connection.remotePeer();
        int max = router.config().maxRpcSize();
        host.openStream(peer, GossipsubConfig.PROTOCOL_ID,
                        (stream, protocol) -> stream.pipeline().addLast(new LengthPrefixedProtobufEncoder(max)))
                .whenComplete((stream, error) -> {
                    if (error != null) {
                        LOG.debug("{} does not take a gossipsub stream: {}", peer, error.toString());
                        pending.remove(peer);
                        return;
                    }
                    stream.closeFuture().addListener(f -> outbound.remove(peer, stream));
                    registerOutbound(peer, stream);
                    router.addPeer(peer, connection.outbound());
                });
    }

    @Override
    public void disconnected(Connection connection) {
        PeerId peer = connection.remotePeer();
        if (host.connection(peer).isEmpty()) {
            outbound.remove(peer);
            pending.remove(peer);
            router.removePeer(peer);
        }
    }

    /** Called by the router with its lock held; takes only this service's lock (never the other way round). */
    @Override
    public synchronized void send(PeerId peer, RpcProtos.RPC rpc) {
        Channel stream = outbound.get(peer);
        if (stream != null) {
            if (stream.isWritable()) {
                stream.writeAndFlush(rpc);
            } else {
                LOG.debug("dropping an RPC to {}: its stream is not draining", peer); // gossip repairs the loss
            }
            return;
        }
        List<RpcProtos.RPC> queue = pending.computeIfAbsent(peer, p -> new ArrayList<>());
        if (queue.size() < MAX_PENDING_RPCS) {
            queue.add(rpc);
        }
    }

    private synchronized void registerOutbound(PeerId peer, Channel stream) {
        outbound.put(peer, stream);
        List<RpcProtos.RPC> waiting = pending.remove(peer);
        if (waiting != null) {
            waiting.forEach(stream::write);
            stream.flush();
        }
    }

    private void acceptInbound(Channel stream) {
        Connection connection = Connection.of(stream);
        PeerId peer = connection.remotePeer();
        router.addPeer(peer, connection.outbound());
        stream.pipeline().addLast(new VarintFrameDecoder(router.config().maxRpcSize()),
                new GossipsubInboundHandler(router, peer));
    }

    private void beat() {
        try {
            router.heartbeat();
        } catch (RuntimeException e) {
            LOG.warn("gossipsub heartbeat failed", e);
        }
    }

    /** Stops the heartbeat and closes the outbound streams; the host stays up. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        outbound.values().forEach(Channel::close);
        outbound.clear();
    }
}
