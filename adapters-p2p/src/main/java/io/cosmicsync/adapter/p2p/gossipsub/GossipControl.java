package io.cosmicsync.adapter.p2p.gossipsub;

import com.google.protobuf.ByteString;
import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Handles the control messages a peer sends: IHAVE (answered with IWANT for unseen ids), IWANT (answered
 * from the message cache), GRAFT (accepted into the mesh, or answered with PRUNE during backoff, when the
 * topic is unknown, or when the mesh is full and the peer is inbound) and PRUNE (leave its mesh, back
 * off, take its peer exchange). Also builds the PRUNE messages this node sends, with backoff and PX.
 * Spec: https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.0.md#control-messages and
 * https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.1.md#prune-backoff-and-peer-exchange
 */
final class GossipControl {

    private final GossipsubConfig config;
    private final PeerTable peers;
    private final TopicMeshes meshes;
    private final MessageCache mcache;
    private final SeenCache seen;
    private final InstantSource clock;
    private final Random random;
    private final Map<PeerId, Integer> ihavesThisHeartbeat = new HashMap<>();
    private final Map<PeerId, Integer> idsAskedThisHeartbeat = new HashMap<>();

    GossipControl(GossipsubConfig config, PeerTable peers, TopicMeshes meshes, MessageCache mcache, SeenCache seen,
                  InstantSource clock, Random random) {
        this.config = config;
        this.peers = peers;
        this.meshes = meshes;
        this.mcache = mcache;
        this.seen = seen;
        this.clock = clock;
        this.random = random;
    }

    void handle(PeerId from, RpcProtos.ControlMessage control, OutgoingRpcs out, RpcOutbox outbox) {
        handleIHave(from, control.getIhaveList(), out);
        handleIWant(from, control.getIwantList(), out);
        control.getGraftList().forEach(graft -> handleGraft(from, graft.getTopicID(), out));
        control.getPruneList().forEach(prune -> handlePrune(from, prune, outbox));
    }

    /** Forgets the per-heartbeat IHAVE budgets. */
    void newHeartbeat() {
        ihavesThisHeartbeat.clear();
        idsAskedThisHeartbeat.clear();
    }

    private void handleIHave(PeerId from, List<RpcProtos.ControlIHave> ihaves, OutgoingRpcs out) {
        Set<ByteString> wanted = new LinkedHashSet<>();
        for (RpcProtos.ControlIHave ihave : ihaves) {
            if (ihavesThisHeartbeat.merge(from, 1, Integer::sum) > config.maxIHaveMessages()) {
                return;
            }
            if (!meshes.joined(ihave.getTopicID())) {
                continue;
            }
            for (ByteString raw : ihave.getMessageIDsList()) {
                if (raw.isEmpty() || idsAskedThisHeartbeat.getOrDefault(from, 0) >= config.maxIHaveLength()) {
                    continue;
                }
                MessageId id = new MessageId(raw);
                if (!seen.contains(id) && wanted.add(raw)) {
                    idsAskedThisHeartbeat.merge(from, 1, Integer::sum);
                }
            }
        }
        if (!wanted.isEmpty()) {
            List<ByteString> ids = new ArrayList<>(wanted);
            Collections.shuffle(ids, random);
            out.controlTo(from).addIwant(RpcProtos.ControlIWant.newBuilder().addAllMessageIDs(ids));
        }
    }

    private void handleIWant(PeerId from, List<RpcProtos.ControlIWant> iwants, OutgoingRpcs out) {
        for (RpcProtos.ControlIWant iwant : iwants) {
            for (ByteString raw : iwant.getMessageIDsList()) {
                if (!raw.isEmpty()) {
                    mcache.getForPeer(new MessageId(raw), from).ifPresent(message -> out.publish(from, message));
                }
            }
        }
    }

    private void handleGraft(PeerId from, String topic, OutgoingRpcs out) {
        Instant now = clock.instant();
        if (!meshes.joined(topic)) {
            out.prune(from, prune(topic, from, false)); // no PX for unknown topics: do not leak our peers
            return;
        }
        Set<PeerId> mesh = meshes.mesh(topic);
        if (mesh.contains(from)) {
            return;
        }
        if (meshes.inBackoff(topic, from, now)) {
            meshes.backOff(topic, from, now.plus(config.pruneBackoff()));
            out.prune(from, prune(topic, from, false));
            return;
        }
        if (mesh.size() >= config.dHi() && !peers.isOutbound(from)) {
            meshes.backOff(topic, from, now.plus(config.pruneBackoff()));
            out.prune(from, prune(topic, from, true));
            return;
        }
        peers.subscribe(from, topic); // a GRAFT implies the subscription
        mesh.add(from);
    }

    private void handlePrune(PeerId from, RpcProtos.ControlPrune prune, RpcOutbox outbox) {
        String topic = prune.getTopicID();
        Set<PeerId> mesh = meshes.mesh(topic);
        if (!mesh.contains(from)) {
            return;
        }
        mesh.remove(from);
        Duration backoff = prune.hasBackoff() && prune.getBackoff() > 0
                ? Duration.ofSeconds(Math.min(prune.getBackoff(), Duration.ofDays(1).toSeconds()))
                : config.pruneBackoff();
        meshes.backOff(topic, from, clock.instant().plus(backoff));
        List<PeerId> candidates = new ArrayList<>();
        for (RpcProtos.PeerInfo info : prune.getPeersList()) {
            if (candidates.size() >= config.prunePeers()) {
                break;
            }
            try {
                PeerId candidate = PeerId.fromBytes(info.getPeerID().toByteArray());
                if (!peers.contains(candidate)) {
                    candidates.add(candidate);
                }
            } catch (RuntimeException malformed) {
                // a bad entry in PX is skipped, the rest is still useful
            }
        }
        if (!candidates.isEmpty()) {
            outbox.peerExchange(topic, candidates);
        }
    }

    /**
     * A PRUNE for the topic with the configured backoff and, when asked, up to {@code prunePeers} other
     * peers of the topic (peer ids only: this node has no signed peer records).
     */
    RpcProtos.ControlPrune prune(String topic, PeerId pruned, boolean withPeerExchange) {
        RpcProtos.ControlPrune.Builder prune = RpcProtos.ControlPrune.newBuilder()
                .setTopicID(topic)
                .setBackoff(config.pruneBackoff().toSeconds());
        if (withPeerExchange) {
            List<PeerId> others = peers.subscribedTo(topic);
            others.remove(pruned);
            Collections.shuffle(others, random);
            others.stream().limit(config.prunePeers()).forEach(peer ->
                    prune.addPeers(RpcProtos.PeerInfo.newBuilder().setPeerID(ByteString.copyFrom(peer.toBytes()))));
        }
        return prune.build();
    }
}
