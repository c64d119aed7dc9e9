package io.cosmicsync.adapter.p2p.kad;

import com.google.protobuf.ByteString;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.kad.pb.KadProtos;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The server side: answers to FIND_NODE and PING, refusals of what this node does not serve. */
class KadServerTest {

    private final PeerId local = Ed25519KeyPair.generate().peerId();
    private final Multiaddr localAddr = Multiaddr.parse("/ip4/192.0.2.7/tcp/4001");
    private final KademliaDht dht = new KademliaDht(local, () -> List.of(localAddr), KadConfig.defaults(),
            (peer, request) -> CompletableFuture.failedFuture(new IllegalStateException("no network in this test")));
    private final List<KadPeer> known = new ArrayList<>();
    private final PeerId requester = Ed25519KeyPair.generate().peerId();

    @BeforeEach
    void knowFortyPeersAndTheRequester() {
        for (int i = 0; i < 40; i++) {
            KadPeer peer = KadPeer.of(Ed25519KeyPair.generate().peerId(), Multiaddr.parse("/ip4/10.1.0." + (i + 1) + "/tcp/4001"));
            if (dht.addPeer(peer) == RoutingTable.AddResult.ADDED) {
                known.add(peer);
            }
        }
        dht.addPeer(KadPeer.of(requester));
    }

    @Test
    void answers_find_node_with_the_k_closest_known_peers_except_the_requester() {
        PeerId target = Ed25519KeyPair.generate().peerId();

        KadProtos.Message answer = dht.handleRequest(requester, KadMessages.findNode(target.toBytes())).orElseThrow();

        assertThat(answer.getType()).isEqualTo(KadProtos.Message.MessageType.FIND_NODE);
        assertThat(answer.getKey().toByteArray()).isEqualTo(target.toBytes());
        List<KadPeer> closer = KadMessages.closerPeers(answer);
        assertThat(closer).hasSize(20).doesNotContain(KadPeer.of(requester));
        assertThat(closer).isEqualTo(dht.routingTable().closest(KadKey.of(target), 21).stream()
                .filter(p -> !p.id().equals(requester)).limit(20).toList());
    }

    @Test
    void answers_find_node_for_a_known_peer_with_exactly_that_peer() {
        KadPeer wanted = known.get(3);

        KadProtos.Message answer = dht.handleRequest(requester, KadMessages.findNode(wanted.id().toBytes())).orElseThrow();

        assertThat(KadMessages.closerPeers(answer)).containsExactly(wanted);
    }

    @Test
    void answers_find_node_for_itself_with_its_own_addresses() {
        KadProtos.Message answer = dht.handleRequest(requester, KadMessages.findNode(local.toBytes())).orElseThrow();

        assertThat(KadMessages.closerPeers(answer)).containsExactly(KadPeer.of(local, localAddr));
    }

    @Test
    void answers_ping_with_ping() {
        KadProtos.Message ping = KadProtos.Message.newBuilder().setType(KadProtos.Message.MessageType.PING).build();

        assertThat(dht.handleRequest(requester, ping)).hasValueSatisfying(answer ->
                assertThat(answer.getType()).isEqualTo(KadProtos.Message.MessageType.PING));
    }

    @Test
    void does_not_serve_value_or_provider_records() {
        KadProtos.Message getValue = KadProtos.Message.newBuilder().setType(KadProtos.Message.MessageType.GET_VALUE)
                .setKey(ByteString.copyFromUtf8("/pk/x")).build();

        assertThat(dht.handleRequest(requester, getValue)).isEmpty();
    }

    @Test
    void skips_closer_peers_whose_id_or_addresses_do_not_parse() {
        KadPeer good = known.get(0);
        KadProtos.Message answer = KadProtos.Message.newBuilder()
                .setType(KadProtos.Message.MessageType.FIND_NODE)
                .addCloserPeers(KadProtos.Message.Peer.newBuilder().setId(ByteString.copyFromUtf8("not a peer id")))
                .addCloserPeers(KadMessages.toWire(good).toBuilder().addAddrs(ByteString.copyFrom(new byte[]{(byte) 0xff, 1})))
                .build();

        assertThat(KadMessages.closerPeers(answer)).containsExactly(good);
    }

    @Test
    void a_lookup_with_every_peer_unreachable_completes_empty_and_empties_the_table() throws Exception {
        int before = dht.routingTableSize();

        List<KadPeer> found = dht.findNode(Ed25519KeyPair.generate().peerId()).get();

        assertThat(found).isEmpty();
        assertThat(dht.routingTableSize()).isLessThan(before);
    }
}
