package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.testsupport.JsPubsubNode;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.adapter.p2p.transport.HostConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Gossipsub between this node and js-libp2p (@chainsafe/libp2p-gossipsub, StrictSign) over TCP + Noise + yamux. */
class GossipsubJsInteropTest {

    private static final String TOPIC = "cosmicsync/interop";

    private final Host host = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
    private final GossipsubService gossipsub = GossipsubService.install(host, GossipsubConfig.defaults());
    private JsPubsubNode js;

    @AfterEach
    void stop() throws Exception {
        if (js != null) {
            js.close();
        }
        gossipsub.close();
        host.close();
    }

    @Test
    void java_and_js_form_a_mesh_and_each_receives_the_others_signed_messages() throws Exception {
        js = JsPubsubNode.start("/ipfs/kad/1.0.0");
        List<PubsubMessage> inbox = new CopyOnWriteArrayList<>();
        gossipsub.router().subscribe(TOPIC, inbox::add);
        js.call("subscribe " + TOPIC, 5);
        host.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).get(5, TimeUnit.SECONDS);
        host.dial(js.address()).get(10, TimeUnit.SECONDS);
        PeerId jsPeer = host.connection(host.connectedPeers().iterator().next()).orElseThrow().remotePeer();

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() ->
                gossipsub.router().meshPeers(TOPIC).contains(jsPeer)
                        && js.call("mesh " + TOPIC, 5).contains(host.peerId().toBase58()));

        assertThat(js.call("publish " + TOPIC + " hello from js", 5)).isEqualTo("1");
        await().atMost(Duration.ofSeconds(10)).until(() -> !inbox.isEmpty());
        assertThat(inbox).singleElement().satisfies(m -> {
            assertThat(m.author()).isEqualTo(jsPeer);
            assertThat(new String(m.data(), StandardCharsets.UTF_8)).isEqualTo("hello from js");
        });

        gossipsub.router().publish(TOPIC, "hello from java".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> js.call("received " + TOPIC, 5).contains("hello from java"));
        assertThat(js.call("received " + TOPIC, 5))
                .isEqualTo("[{\"from\":\"" + host.peerId().toBase58() + "\",\"data\":\"hello from java\"}]");
        assertThat(gossipsub.router().stats().invalidSignature()).isZero();
        assertThat(gossipsub.router().stats().unsigned()).isZero();
    }
}
