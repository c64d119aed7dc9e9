package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The k-bucket routing table. */
class RoutingTableTest {

    private static final int K = 20;
    private final PeerId local = Ed25519KeyPair.generate().peerId();
    private final RoutingTable table = new RoutingTable(local, K);

    @Test
    void refuses_peers_only_when_their_bucket_is_full_and_answers_with_the_closest_it_holds() {
        List<PeerId> offered = randomPeers(600);
        offered.forEach(peer -> table.add(KadPeer.of(peer)));

        List<PeerId> held = offered.stream().filter(peer -> table.find(peer).isPresent()).toList();
        assertThat(offered).filteredOn(peer -> table.find(peer).isEmpty()).allSatisfy(refused ->
                assertThat(table.bucketSize(table.localKey().commonPrefixLength(KadKey.of(refused)))).isEqualTo(K));
        assertThat(table.closest(table.localKey(), K).stream().map(KadPeer::id).toList())
                .containsExactlyElementsOf(sortedByDistanceTo(KadKey.of(local), held).subList(0, K));
        assertThat(table.bucketSize(0)).isEqualTo(K);
        assertThat(table.size()).isLessThan(offered.size());
    }

    @Test
    void a_full_bucket_keeps_its_old_peers_and_refuses_a_newcomer() {
        List<PeerId> farPeers = randomPeers(400).stream()
                .filter(peer -> table.localKey().commonPrefixLength(KadKey.of(peer)) == 0).toList();
        farPeers.subList(0, K).forEach(peer -> assertThat(table.add(KadPeer.of(peer))).isEqualTo(RoutingTable.AddResult.ADDED));

        assertThat(table.add(KadPeer.of(farPeers.get(K)))).isEqualTo(RoutingTable.AddResult.BUCKET_FULL);
        assertThat(table.find(farPeers.get(K))).isEmpty();
        assertThat(table.find(farPeers.get(0))).isPresent();
    }

    @Test
    void returns_peers_closest_first_for_any_target() {
        List<PeerId> offered = randomPeers(60);
        offered.forEach(peer -> table.add(KadPeer.of(peer)));
        KadKey target = KadKey.of(Ed25519KeyPair.generate().peerId());

        List<PeerId> inTable = offered.stream().filter(p -> table.find(p).isPresent()).toList();
        assertThat(table.closest(target, 10).stream().map(KadPeer::id).toList())
                .containsExactlyElementsOf(sortedByDistanceTo(target, inTable).subList(0, 10));
    }

    @Test
    void never_holds_the_local_peer() {
        assertThat(table.add(KadPeer.of(local))).isEqualTo(RoutingTable.AddResult.SELF);
        assertThat(table.size()).isZero();
    }

    @Test
    void updates_the_addresses_of_a_known_peer_but_keeps_them_when_offered_none() {
        PeerId peer = Ed25519KeyPair.generate().peerId();
        Multiaddr first = Multiaddr.parse("/ip4/10.0.0.1/tcp/4001");
        Multiaddr second = Multiaddr.parse("/ip4/10.0.0.2/tcp/4001");
        table.add(KadPeer.of(peer, first));

        assertThat(table.add(KadPeer.of(peer))).isEqualTo(RoutingTable.AddResult.UPDATED);
        assertThat(table.find(peer).orElseThrow().addrs()).containsExactly(first);
        table.add(KadPeer.of(peer, second));
        assertThat(table.find(peer).orElseThrow().addrs()).containsExactly(second);
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void forgets_a_removed_peer() {
        PeerId peer = Ed25519KeyPair.generate().peerId();
        table.add(KadPeer.of(peer));

        assertThat(table.remove(peer)).isTrue();
        assertThat(table.find(peer)).isEmpty();
        assertThat(table.remove(peer)).isFalse();
    }

    private static List<PeerId> randomPeers(int count) {
        List<PeerId> peers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            peers.add(Ed25519KeyPair.generate().peerId());
        }
        return peers;
    }

    private static List<PeerId> sortedByDistanceTo(KadKey target, List<PeerId> peers) {
        Comparator<KadKey> byDistance = target.byDistance();
        return peers.stream().sorted((a, b) -> byDistance.compare(KadKey.of(a), KadKey.of(b))).toList();
    }
}
