package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.identify.IdentifyService;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.adapter.p2p.transport.HostConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Java ↔ Java Kademlia over real TCP + Noise + yamux hosts on the loopback interface. */
class KadOverTcpTest {

    private static final Multiaddr LOOPBACK = Multiaddr.parse("/ip4/127.0.0.1/tcp/0");
    private static final int NODES = 6;

    private final List<Host> hosts = new ArrayList<>();
    private final List<KadService> services = new ArrayList<>();

    @AfterEach
    void stop() {
        hosts.forEach(Host::close);
    }

    @Test
    void nodes_bootstrapped_from_one_peer_find_each_other_with_their_addresses() throws Exception {
        KadConfig config = KadConfig.withPrefix("/cosmicsync-test");
        for (int i = 0; i < NODES; i++) {
            Host host = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
            IdentifyService identify = IdentifyService.install(host, "cosmicsync-test");
            services.add(KadService.install(host, identify, config));
            host.start(LOOPBACK).get(5, TimeUnit.SECONDS);
            hosts.add(host);
        }
        KadPeer seed = new KadPeer(hosts.get(0).peerId(), hosts.get(0).listenAddresses());
        for (int i = 1; i < NODES; i++) {
            services.get(i).dht().bootstrap(List.of(seed)).get(10, TimeUnit.SECONDS);
        }

        Host wanted = hosts.get(2);
        List<KadPeer> found = services.get(NODES - 1).dht().findNode(wanted.peerId()).get(10, TimeUnit.SECONDS);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).id()).isEqualTo(wanted.peerId());
        assertThat(found.get(0).addrs()).containsAnyElementsOf(wanted.listenAddresses());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(services.get(0).dht().routingTableSize()).as("the seed learned every node through identify")
                        .isEqualTo(NODES - 1));
        assertThat(config.protocolId()).isEqualTo("/cosmicsync-test/kad/1.0.0");
    }
}
