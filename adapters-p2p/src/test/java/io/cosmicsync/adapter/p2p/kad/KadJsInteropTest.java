package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.identify.IdentifyService;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.ping.PingService;
import io.cosmicsync.adapter.p2p.testsupport.JsPubsubNode;
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

/** Kademlia between this node and js-libp2p (@libp2p/kad-dht 15, server mode) over TCP + Noise + yamux. */
class KadJsInteropTest {

    private static final Multiaddr LOOPBACK = Multiaddr.parse("/ip4/127.0.0.1/tcp/0");
    private static final KadConfig CONFIG = KadConfig.defaults();

    private final List<Host> hosts = new ArrayList<>();
    private JsPubsubNode js;

    @AfterEach
    void stop() throws Exception {
        if (js != null) {
            js.close();
        }
        hosts.forEach(Host::close);
    }

    @Test
    void js_finds_a_java_peer_through_a_java_server_and_java_finds_js_through_js() throws Exception {
        js = JsPubsubNode.start(CONFIG.protocolId());
        KadService a = javaNode();
        KadService b = javaNode();
        Host hostA = hosts.get(0);
        Host hostB = hosts.get(1);
        hostB.dial(hostA.address()).get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> a.dht().routingTable().find(hostB.peerId()).isPresent());

        assertThat(js.call("dial " + hostA.address(), 10)).isEqualTo(hostA.peerId().toBase58());
        String jsAddress = js.address().toString();
        PeerId jsPeer = PeerId.parse(jsAddress.substring(jsAddress.lastIndexOf("/p2p/") + 5));
        await().atMost(Duration.ofSeconds(10)).until(() -> a.dht().routingTable().find(jsPeer).isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.parseInt(js.call("kadPeers", 5)) >= 1);

        String found = js.call("findPeer " + hostB.peerId().toBase58(), 20);
        assertThat(found).startsWith("{\"id\":\"" + hostB.peerId().toBase58() + "\"")
                .contains(hostB.listenAddresses().get(0).toString())
                .endsWith("\"from\":\"" + hostA.peerId().toBase58() + "\"}"); // the Java server answered

        List<KadPeer> fromJs = b.dht().bootstrap(List.of(a.dht().routingTable().find(jsPeer).orElseThrow()))
                .get(20, TimeUnit.SECONDS);
        assertThat(fromJs).extracting(KadPeer::id).contains(jsPeer, hostA.peerId());
        List<KadPeer> js1 = b.dht().findNode(jsPeer).get(20, TimeUnit.SECONDS);
        assertThat(js1.get(0).id()).isEqualTo(jsPeer);
        assertThat(js1.get(0).addrs()).contains(js.address().withoutPeerId());
    }

    private KadService javaNode() throws Exception {
        Host host = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
        IdentifyService identify = IdentifyService.install(host, "cosmicsync-interop");
        PingService.install(host, Duration.ofSeconds(5)); // js pings a new contact before it enters its table
        KadService kad = KadService.install(host, identify, CONFIG);
        host.start(LOOPBACK).get(5, TimeUnit.SECONDS);
        hosts.add(host);
        return kad;
    }
}
