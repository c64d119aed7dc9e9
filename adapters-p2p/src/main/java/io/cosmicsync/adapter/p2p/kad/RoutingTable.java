package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The k-bucket routing table: bucket {@code i} holds up to k peers whose keys share exactly {@code i} leading
 * bits with the local key (256 buckets for SHA-256 keys), oldest first. A full bucket keeps its old peers and
 * refuses the newcomer — long-lived peers are the likeliest to stay (Kademlia §2.2) — so the far buckets
 * saturate while the near ones, which few peers can enter, keep every peer close to this node: the table
 * always holds the k closest peers it has been offered, unless they were removed.
 * Spec: https://github.com/libp2p/specs/blob/master/kad-dht/README.md#kademlia-routing-table
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class RoutingTable {

    /** What {@link #add} did. */
    public enum AddResult { ADDED, UPDATED, BUCKET_FULL, SELF }

    private record Entry(KadPeer peer, KadKey key) {
    }

    private final PeerId localPeer;
    private final KadKey localKey;
    private final int k;
    private final List<LinkedHashMap<PeerId, Entry>> buckets = new ArrayList<>();

    public RoutingTable(PeerId localPeer, int k) {
        this.localPeer = localPeer;
        this.localKey = KadKey.of(localPeer);
        this.k = k;
        for (int i = 0; i <= KadKey.LENGTH * 8; i++) {
            buckets.add(new LinkedHashMap<>());
        }
    }

    /** Adds a peer, or refreshes the addresses of one already present (moving it to the bucket's tail). */
    public synchronized AddResult add(KadPeer peer) {
        if (peer.id().equals(localPeer)) {
            return AddResult.SELF;
        }
        KadKey key = KadKey.of(peer.id());
        Map<PeerId, Entry> bucket = buckets.get(localKey.commonPrefixLength(key));
        Entry known = bucket.remove(peer.id());
        if (known != null) {
            KadPeer merged = peer.addrs().isEmpty() ? known.peer() : peer;
            bucket.put(peer.id(), new Entry(merged, key));
            return AddResult.UPDATED;
        }
        if (bucket.size() >= k) {
            return AddResult.BUCKET_FULL;
        }
        bucket.put(peer.id(), new Entry(peer, key));
        return AddResult.ADDED;
    }

    public synchronized boolean remove(PeerId peer) {
        return buckets.get(localKey.commonPrefixLength(KadKey.of(peer))).remove(peer) != null;
    }

    public synchronized Optional<KadPeer> find(PeerId peer) {
        Entry entry = buckets.get(localKey.commonPrefixLength(KadKey.of(peer))).get(peer);
        return Optional.ofNullable(entry).map(Entry::peer);
    }

    /** @return up to {@code count} peers closest to the target, closest first */
    public synchronized List<KadPeer> closest(KadKey target, int count) {
        Comparator<KadKey> byDistance = target.byDistance();
        return buckets.stream().flatMap(b -> b.values().stream())
                .sorted((a, b) -> byDistance.compare(a.key(), b.key()))
                .limit(count)
                .map(Entry::peer)
                .toList();
    }

    public synchronized int size() {
        return buckets.stream().mapToInt(Map::size).sum();
    }

    /** @return the number of peers in the bucket of this common-prefix length */
    public synchronized int bucketSize(int commonPrefixLength) {
        return buckets.get(commonPrefixLength).size();
    }

    public PeerId localPeer() {
        return localPeer;
    }

    public KadKey localKey() {
        return localKey;
    }
}
