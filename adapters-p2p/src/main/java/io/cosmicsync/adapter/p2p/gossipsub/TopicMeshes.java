package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The overlay state per topic: the mesh of each topic this node subscribes to, the fanout of topics it
 * publishes to without subscribing (with the time of its last publish), and the PRUNE backoff of each
 * (topic, peer) pair. Spec: https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.0.md#router-state
 */
final class TopicMeshes {

    private final Map<String, Set<PeerId>> mesh = new LinkedHashMap<>();
    private final Map<String, Set<PeerId>> fanout = new LinkedHashMap<>();
    private final Map<String, Instant> lastPublished = new HashMap<>();
    private final Map<String, Map<PeerId, Instant>> backoff = new HashMap<>();

    Map<String, Set<PeerId>> meshes() {
        return mesh;
    }

    Map<String, Set<PeerId>> fanouts() {
        return fanout;
    }

    boolean joined(String topic) {
        return mesh.containsKey(topic);
    }

    Set<PeerId> mesh(String topic) {
        return mesh.getOrDefault(topic, Set.of());
    }

    Set<PeerId> join(String topic) {
        return mesh.computeIfAbsent(topic, t -> new LinkedHashSet<>());
    }

    Set<PeerId> leave(String topic) {
        Set<PeerId> peers = mesh.remove(topic);
        return peers == null ? Set.of() : peers;
    }

    /** Removes and returns the fanout of a topic, which seeds its mesh on join. */
    Set<PeerId> takeFanout(String topic) {
        lastPublished.remove(topic);
        Set<PeerId> peers = fanout.remove(topic);
        return peers == null ? Set.of() : peers;
    }

    Set<PeerId> fanout(String topic, Instant now) {
        lastPublished.put(topic, now);
        return fanout.computeIfAbsent(topic, t -> new LinkedHashSet<>());
    }

    void expireFanout(Instant olderThan) {
        lastPublished.entrySet().removeIf(e -> {
            boolean expired = e.getValue().isBefore(olderThan);
            if (expired) {
                fanout.remove(e.getKey());
            }
            return expired;
        });
    }

    void forget(PeerId peer) {
        mesh.values().forEach(peers -> peers.remove(peer));
        fanout.values().forEach(peers -> peers.remove(peer));
    }

    void forget(PeerId peer, String topic) {
        Set<PeerId> joined = mesh.get(topic);
        if (joined != null) {
            joined.remove(peer);
        }
        Set<PeerId> fan = fanout.get(topic);
        if (fan != null) {
            fan.remove(peer);
        }
    }

    void backOff(String topic, PeerId peer, Instant until) {
        backoff.computeIfAbsent(topic, t -> new HashMap<>()).merge(peer, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    boolean inBackoff(String topic, PeerId peer, Instant now) {
        Instant until = backoff.getOrDefault(topic, Map.of()).get(peer);
        return until != null && until.isAfter(now);
    }

    void expireBackoff(Instant now) {
        backoff.values().forEach(peers -> peers.values().removeIf(until -> !until.isAfter(now)));
        backoff.values().removeIf(Map::isEmpty);
    }
}
