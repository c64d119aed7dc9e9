package io.cosmicsync.adapter.p2p.transport;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.multistream.MultistreamDialer;
import io.cosmicsync.adapter.p2p.multistream.MultistreamListener;
import io.cosmicsync.adapter.p2p.multistream.ProtocolInitializer;
import io.cosmicsync.adapter.p2p.noise.NoiseSecurity;
import io.cosmicsync.adapter.p2p.noise.SecureSession;
import io.cosmicsync.adapter.p2p.yamux.YamuxSession;
import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Turns a fresh TCP channel into a {@link Connection}, following the libp2p upgrade sequence.
 *
 * <pre>
 *   TCP ─ multistream-select "/noise" ─ Noise XX (peer ids checked) ─ multistream-select "/yamux/1.0.0" ─ yamux
 *   then, on every yamux stream: multistream-select "&lt;protocol id&gt;" ─ the protocol's handlers
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/connections/README.md">connections/README.md</a>.
 * The whole upgrade must finish within {@link HostConfig#upgradeTimeout()}, else the channel is closed; any failure
 * completes the future exceptionally and closes the channel.
 */
final class ConnectionUpgrader {

    private final Ed25519KeyPair identity;
    private final HostConfig config;
    private final Map<String, ProtocolInitializer> protocols;

    ConnectionUpgrader(Ed25519KeyPair identity, HostConfig config, Map<String, ProtocolInitializer> protocols) {
        this.identity = identity;
        this.config = config;
        this.protocols = protocols;
    }

    /**
     * Installs the upgrade on a channel that is about to connect (outbound) or was just accepted (inbound).
     *
     * @param expectedPeer for outbound connections, the peer the dialer meant to reach (or null)
     */
    CompletableFuture<Connection> upgrade(Channel channel, boolean outbound, PeerId expectedPeer) {
        CompletableFuture<Connection> result = new CompletableFuture<>();
        ScheduledFuture<?> deadline = channel.eventLoop().schedule(() -> {
            if (result.completeExceptionally(new TransportException("upgrade not done within "
                    + config.upgradeTimeout().toMillis() + " ms"))) {
                channel.close();
            }
        }, config.upgradeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((c, e) -> deadline.cancel(false));
        channel.closeFuture().addListener(f -> result.completeExceptionally(
                new TransportException("connection closed during the upgrade")));

        NoiseSecurity.Listener secured = new NoiseSecurity.Listener() {
            @Override
            public void secured(Channel ch, SecureSession session) {
                ProtocolInitializer yamux = (c, id) -> ready(c, outbound, session, result);
                ch.pipeline().addLast(outbound
                        ? new MultistreamDialer(List.of(YamuxSession.PROTOCOL_ID), yamux, result::completeExceptionally)
                        : new MultistreamListener(id -> id.equals(YamuxSession.PROTOCOL_ID) ? yamux : null));
            }

            @Override
            public void failed(Throwable cause) {
                result.completeExceptionally(cause);
            }
        };
        ProtocolInitializer noise = (ch, id) -> NoiseSecurity.addLast(ch.pipeline(), identity, outbound,
                expectedPeer, config.upgradeTimeout(), secured);
        channel.pipeline().addLast(outbound
                ? new MultistreamDialer(List.of(NoiseSecurity.PROTOCOL_ID), noise, result::completeExceptionally)
                : new MultistreamListener(id -> id.equals(NoiseSecurity.PROTOCOL_ID) ? noise : null));
        return result;
    }

    private void ready(Channel channel, boolean outbound, SecureSession secure, CompletableFuture<Connection> result) {
        YamuxSession session = YamuxSession.addLast(channel.pipeline(), outbound, config.yamux(),
                stream -> stream.pipeline().addLast(new MultistreamListener(protocols::get)));
        Connection connection = new Connection(secure.remotePeer(),
                Multiaddr.tcp((InetSocketAddress) channel.remoteAddress()), outbound, channel, session);
        channel.attr(Connection.KEY).set(connection);
        result.complete(connection);
    }
}
