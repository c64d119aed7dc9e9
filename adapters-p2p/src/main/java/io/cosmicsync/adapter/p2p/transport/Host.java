package io.cosmicsync.adapter.p2p.transport;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.multiformats.Protocol;
import io.cosmicsync.adapter.p2p.multistream.MultistreamDialer;
import io.cosmicsync.adapter.p2p.multistream.ProtocolInitializer;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A libp2p node's network entry point: listens and dials over TCP, upgrades every connection (see
 * {@link ConnectionUpgrader}), and routes streams by protocol id.
 *
 * <pre>
 *   Host host = new Host(keyPair, HostConfig.defaults());
 *   host.handle("/ipfs/ping/1.0.0", (stream, id) -> stream.pipeline().addLast(new PingResponder()));
 *   Multiaddr me = host.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).join();   // ends with /p2p/&lt;id&gt;
 *   Connection c = host.dial(Multiaddr.parse("/ip4/10.0.0.2/tcp/4001/p2p/12D3KooW...")).join();
 *   Channel stream = host.openStream(c.remotePeer(), "/ipfs/ping/1.0.0", initializer).join();
 *   host.close();
 * </pre>
 *
 * <p>Streams to a peer go over the first live connection to it. Futures complete on the event loop; failures are
 * {@link TransportException}s or the protocol's own exception. Thread-safe. Spec:
 * <a href="https://github.com/libp2p/specs/blob/master/connections/README.md">connections/README.md</a>.
 */
public final class Host implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Host.class);

    private final Ed25519KeyPair identity;
    private final HostConfig config;
    private final Map<String, ProtocolInitializer> protocols = new ConcurrentHashMap<>();
    private final Map<PeerId, Connection> connections = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Multiaddr> listenAddresses = new CopyOnWriteArrayList<>();
    private final EventLoopGroup group;
    private final ConnectionUpgrader upgrader;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger inbound = new AtomicInteger();
    private final List<Channel> servers = new CopyOnWriteArrayList<>();
    private final TrafficCounter traffic = new TrafficCounter();

    public Host(Ed25519KeyPair identity, HostConfig config) {
        this.identity = identity;
        this.config = config;
        this.group = new MultiThreadIoEventLoopGroup(config.ioThreads(), NioIoHandler.newFactory());
        this.upgrader = new ConnectionUpgrader(identity, config, protocols);
    }

    public PeerId peerId() {
        return identity.peerId();
    }

    public Ed25519KeyPair identity() {
        return identity;
    }

    /** Serves {@code protocolId} on streams peers open; replaces an earlier handler for the same id. */
    public void handle(String protocolId, ProtocolInitializer initializer) {
        protocols.put(protocolId, initializer);
    }

    /** The protocol ids served, as identify announces them. */
    public Set<String> protocols() {
        return Set.copyOf(protocols.keySet());
    }

    public void addConnectionListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    /**
     * Listens on a TCP multiaddr (port 0 picks a free one); completes with the bound address plus /p2p. May be
     * called again to listen on more addresses.
     */
    public CompletableFuture<Multiaddr> start(Multiaddr listen) {
        CompletableFuture<Multiaddr> result = new CompletableFuture<>();
        InetSocketAddress address = TcpAddresses.socketAddress(listen);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                // small frames (window updates, pings) must not wait for Nagle + delayed ACK (~40 ms each)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (inbound.incrementAndGet() > config.maxInbound()) {
                            inbound.decrementAndGet();
                            LOG.debug("refusing {}: {} inbound connections open", ch, config.maxInbound());
                            ch.close();
                            return;
                        }
                        ch.closeFuture().addListener(f -> inbound.decrementAndGet());
                        ch.pipeline().addFirst(traffic);
                        upgrader.upgrade(ch, false, null).whenComplete((c, e) -> onUpgraded(c, e));
                    }
                });
        bootstrap.bind(address).addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(new TransportException("cannot listen on " + listen, f.cause()));
                return;
            }
            servers.add(f.channel());
            Multiaddr bound = Multiaddr.tcp((InetSocketAddress) f.channel().localAddress());
            listenAddresses.add(bound);
            result.complete(bound.with(Multiaddr.parse("/p2p/" + peerId())));
        });
        return result;
    }

    /** The addresses this host listens on, without /p2p. */
    public List<Multiaddr> listenAddresses() {
        return List.copyOf(listenAddresses);
    }

    /**
     * Connects to a peer, reusing an existing connection. A trailing {@code /p2p/<id>} is checked against the
     * peer the Noise handshake authenticates; without it any peer is accepted.
     */
    public CompletableFuture<Connection> dial(Multiaddr address) {
        PeerId expected;
        InetSocketAddress socket;
        try {
            expected = TcpAddresses.peerId(address).orElse(null);
            socket = TcpAddresses.socketAddress(address);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Connection existing = expected == null ? null : connections.get(expected);
        if (existing != null && existing.channel().isActive()) {
            return CompletableFuture.completedFuture(existing);
        }
        CompletableFuture<Connection> result = new CompletableFuture<>();
        new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.dialTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addFirst(traffic);
                        upgrader.upgrade(ch, true, expected).whenComplete((c, e) -> {
                            onUpgraded(c, e);
                            if (e != null) {
                                result.completeExceptionally(e);
                            } else {
                                result.complete(c);
                            }
                        });
                    }
                })
                .connect(socket)
                .addListener((ChannelFuture f) -> {
                    if (!f.isSuccess()) {
                        result.completeExceptionally(new TransportException("cannot connect to " + address, f.cause()));
                    }
                });
        return result;
    }

    /**
     * Opens a stream to a connected peer and negotiates {@code protocolId} on it. {@code initializer} adds the
     * protocol's handlers before any of the peer's bytes are read; the future completes with the stream.
     */
    public CompletableFuture<Channel> openStream(PeerId peer, String protocolId, ProtocolInitializer initializer) {
        Connection connection = connections.get(peer);
        if (connection == null) {
            return CompletableFuture.failedFuture(new TransportException("not connected to " + peer));
        }
        CompletableFuture<Channel> result = new CompletableFuture<>();
        connection.session().openStream(stream -> stream.pipeline().addLast(new MultistreamDialer(
                List.of(protocolId),
                (ch, id) -> {
                    initializer.initialize(ch, id);
                    result.complete(ch);
                },
                result::completeExceptionally)))
                .addListener(f -> {
                    if (!f.isSuccess()) {
                        result.completeExceptionally(f.cause());
                    }
                });
        return result;
    }

    /** Bytes received over all of this host's TCP connections since it started (on the wire, encrypted). */
    public long bytesReceived() {
        return traffic.received();
    }

    /** Bytes sent over all of this host's TCP connections since it started (on the wire, encrypted). */
    public long bytesSent() {
        return traffic.sent();
    }

    public Set<PeerId> connectedPeers() {
        return Set.copyOf(connections.keySet());
    }

    public Optional<Connection> connection(PeerId peer) {
        return Optional.ofNullable(connections.get(peer));
    }

    private void onUpgraded(Connection connection, Throwable failure) {
        if (failure != null) {
            LOG.debug("connection upgrade failed: {}", failure.toString());
            return;
        }
        // A second connection to the same peer (both dialed at once) stays open and serves the peer's streams;
        // ours go over the first one.
        connections.merge(connection.remotePeer(), connection,
                (old, fresh) -> old.channel().isActive() ? old : fresh);
        connection.channel().closeFuture().addListener(f -> {
            connections.remove(connection.remotePeer(), connection);
            listeners.forEach(l -> l.disconnected(connection));
        });
        listeners.forEach(l -> l.connected(connection));
    }

    /** Closes the listener and every connection, and stops the event loop. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        servers.forEach(listening -> listening.close().syncUninterruptibly());
        connections.values().forEach(c -> c.channel().close());
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Convenience for tests and logs: this host's first listen address with /p2p. */
    public Multiaddr address() {
        if (listenAddresses.isEmpty()) {
            throw new IllegalStateException("not listening");
        }
        return listenAddresses.get(0).with(Multiaddr.parse("/" + Protocol.P2P.protocolName() + "/" + peerId()));
    }
}
