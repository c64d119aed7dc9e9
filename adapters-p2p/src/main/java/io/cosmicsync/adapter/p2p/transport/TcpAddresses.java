package io.cosmicsync.adapter.p2p.transport;

import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.multiformats.Protocol;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * Reads TCP socket addresses out of multiaddrs: {@code /ip4|ip6|dns|dns4|dns6/<host>/tcp/<port>[/p2p/<id>]}.
 * Anything else (UDP, QUIC, websockets, relays) throws {@link TransportException}: this host only speaks TCP.
 */
final class TcpAddresses {

    private static final List<Protocol> HOSTS = List.of(Protocol.IP4, Protocol.IP6, Protocol.DNS, Protocol.DNS4,
            Protocol.DNS6);

    private TcpAddresses() {
    }

    static InetSocketAddress socketAddress(Multiaddr address) {
        List<Multiaddr.Component> parts = address.withoutPeerId().components();
        if (parts.size() != 2 || !HOSTS.contains(parts.get(0).protocol()) || parts.get(1).protocol() != Protocol.TCP) {
            throw new TransportException("not a TCP multiaddr: " + address);
        }
        String host = address.valueOf(parts.get(0).protocol()).orElseThrow();
        int port = Integer.parseInt(address.valueOf(Protocol.TCP).orElseThrow());
        return parts.get(0).protocol() == Protocol.IP4 || parts.get(0).protocol() == Protocol.IP6
                ? new InetSocketAddress(host, port) : InetSocketAddress.createUnresolved(host, port);
    }

    static Optional<PeerId> peerId(Multiaddr address) {
        return address.valueOf(Protocol.P2P).map(PeerId::parse);
    }
}
