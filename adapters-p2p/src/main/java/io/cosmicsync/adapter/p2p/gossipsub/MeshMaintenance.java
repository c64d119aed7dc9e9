package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The heartbeat: keeps every mesh between D_lo and D_hi (GRAFT up to D from non-backed-off topic peers,
 * PRUNE down to D keeping at least D_out outbound peers), tops up and expires fanouts, emits IHAVE gossip
 * about recent messages to non-mesh peers of each topic, and shifts the message cache.
 * Spec: https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.0.md#heartbeat and
 * https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.1.md#outbound-mesh-quotas
 */
final class MeshMaintenance {

    private final GossipsubConfig config;
    private final PeerTable peers;
    private final TopicMeshes meshes;
    private final MessageCache mcache;
    private final GossipControl control;
    private final Random random;

    MeshMaintenance(GossipsubConfig config, PeerTable peers, TopicMeshes meshes, MessageCache mcache,
                    GossipControl control, Random random) {
        this.config = config;
        this.peers = peers;
        this.meshes = meshes;
        this.mcache = mcache;
        this.control = control;
        this.random = random;
    }

    void run(Instant now, OutgoingRpcs out) {
        control.newHeartbeat();
        meshes.expireBackoff(now);
        for (Map.Entry<String, Set<PeerId>> entry : meshes.meshes().entrySet()) {
            maintainMesh(entry.getKey(), entry.getValue(), now, out);
            emitGossip(entry.getKey(), entry.getValue(), out);
        }
        meshes.expireFanout(now.minus(config.fanoutTtl()));
        for (Map.Entry<String, Set<PeerId>> entry : meshes.fanouts().entrySet()) {
            String topic = entry.getKey();
            Set<PeerId> fanout = entry.getValue();
            fanout.removeIf(peer -> !peers.isSubscribed(peer, topic));
            if (fanout.size() < config.d()) {
                fanout.addAll(pick(candidates(topic, fanout, now, false), config.d() - fanout.size()));
            }
            emitGossip(topic, fanout, out);
        }
        mcache.shift();
    }

    private void maintainMesh(String topic, Set<PeerId> mesh, Instant now, OutgoingRpcs out) {
        mesh.removeIf(peer -> !peers.isSubscribed(peer, topic));
        if (mesh.size() < config.dLo()) {
            for (PeerId peer : pick(candidates(topic, mesh, now, true), config.d() - mesh.size())) {
                mesh.add(peer);
                out.graft(peer, topic);
            }
        } else if (mesh.size() > config.dHi()) {
            for (PeerId peer : surplus(mesh)) {
                mesh.remove(peer);
                meshes.backOff(topic, peer, now.plus(config.pruneBackoff()));
                out.prune(peer, control.prune(topic, peer, true));
            }
        }
        long outbound = mesh.stream().filter(peers::isOutbound).count();
        int outboundQuota = outboundQuota();
        if (mesh.size() >= config.dLo() && outbound < outboundQuota) {
            List<PeerId> outboundCandidates = candidates(topic, mesh, now, true);
            outboundCandidates.removeIf(peer -> !peers.isOutbound(peer));
            for (PeerId peer : pick(outboundCandidates, (int) (outboundQuota - outbound))) {
                mesh.add(peer);
                out.graft(peer, topic);
            }
        }
    }

    /** The peers to prune from an oversubscribed mesh: all but D, random, keeping the outbound quota. */
    private List<PeerId> surplus(Set<PeerId> mesh) {
        List<PeerId> shuffled = new ArrayList<>(mesh);
        Collections.shuffle(shuffled, random);
        List<PeerId> keep = new ArrayList<>(shuffled.subList(0, config.d()));
        List<PeerId> drop = new ArrayList<>(shuffled.subList(config.d(), shuffled.size()));
        long keptOutbound = keep.stream().filter(peers::isOutbound).count();
        for (int i = 0; i < drop.size() && keptOutbound < outboundQuota(); i++) {
            PeerId candidate = drop.get(i);
            if (!peers.isOutbound(candidate)) {
                continue;
            }
            for (int j = keep.size() - 1; j >= 0; j--) {
                if (!peers.isOutbound(keep.get(j))) {
                    drop.set(i, keep.set(j, candidate));
                    keptOutbound++;
                    break;
                }
            }
        }
        return drop;
    }

    private void emitGossip(String topic, Set<PeerId> excluded, OutgoingRpcs out) {
        List<MessageId> ids = mcache.gossipIds(topic);
        if (ids.isEmpty()) {
            return;
        }
        if (ids.size() > config.maxIHaveLength()) {
            Collections.shuffle(ids, random);
            ids = ids.subList(0, config.maxIHaveLength());
        }
        List<PeerId> eligible = peers.subscribedTo(topic);
        eligible.removeAll(excluded);
        int count = Math.max(config.dLazy(), (int) (config.gossipFactor() * eligible.size()));
        RpcProtos.ControlIHave.Builder ihave = RpcProtos.ControlIHave.newBuilder().setTopicID(topic);
        ids.forEach(id -> ihave.addMessageIDs(id.bytes()));
        RpcProtos.ControlIHave message = ihave.build();
        for (PeerId peer : pick(eligible, count)) {
            out.controlTo(peer).addIhave(message);
        }
    }

    private List<PeerId> candidates(String topic, Set<PeerId> current, Instant now, boolean respectBackoff) {
        List<PeerId> candidates = peers.subscribedTo(topic);
        candidates.removeIf(peer -> current.contains(peer) || (respectBackoff && meshes.inBackoff(topic, peer, now)));
        return candidates;
    }

    private List<PeerId> pick(List<PeerId> from, int count) {
        if (count <= 0) {
            return List.of();
        }
        List<PeerId> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    /** D_out: below D_lo and at most D/2 (v1.1); 2 with the default D = 6, D_lo = 4. */
    private int outboundQuota() {
        return Math.min(2, Math.min(config.dLo() - 1, config.d() / 2));
    }
}
