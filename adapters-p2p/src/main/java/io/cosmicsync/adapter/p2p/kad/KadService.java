package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.framing.LengthPrefixedProtobufEncoder;
import io.cosmicsync.adapter.p2p.framing.VarintFrameDecoder;
import io.cosmicsync.adapter.p2p.identify.IdentifyService;
import io.cosmicsync.adapter.p2p.transport.Connection;
import io.cosmicsync.adapter.p2p.transport.ConnectionListener;
import io.cosmicsync.adapter.p2p.transport.Host;

/**
 * Kademlia on a {@link Host}, in server mode: serves {@code <prefix>/kad/1.0.0} with a {@link KadServerHandler}
 * per inbound stream, sends requests through a {@link NettyKadTransport}, and adds every connected peer whose
 * identify answer lists the kad protocol to the routing table with its listen addresses.
 * Use {@link #dht()} to bootstrap, look up peers and read the routing table; schedule
 * {@link KademliaDht#scheduleRefresh} for the periodic refresh.
 * Spec: https://github.com/libp2p/specs/blob/master/kad-dht/README.md
 */
public final class KadService implements ConnectionListener {

    private final KademliaDht dht;
    private final IdentifyService identify;
    private final String protocolId;

    private KadService(KademliaDht dht, IdentifyService identify) {
        this.dht = dht;
        this.identify = identify;
        this.protocolId = dht.config().protocolId();
    }

    /** Installs the DHT on the host; {@code identify} must be installed on the same host. */
    public static KadService install(Host host, IdentifyService identify, KadConfig config) {
        KademliaDht dht = new KademliaDht(host.peerId(), host::listenAddresses, config, new NettyKadTransport(host, config));
        KadService service = new KadService(dht, identify);
        host.handle(config.protocolId(), (stream, protocol) -> stream.pipeline().addLast(
                new VarintFrameDecoder(config.maxMessageSize()),
                new LengthPrefixedProtobufEncoder(config.maxMessageSize()),
                new KadServerHandler(dht, Connection.of(stream).remotePeer())));
        host.addConnectionListener(service);
        return service;
    }

    public KademliaDht dht() {
        return dht;
    }

    @Override
    public void connected(Connection connection) {
        identify.whenIdentified(connection.remotePeer()).thenAccept(info -> {
            if (info.protocols().contains(protocolId)) {
                dht.addPeer(new KadPeer(connection.remotePeer(), info.listenAddrs()));
            }
        });
    }
}
