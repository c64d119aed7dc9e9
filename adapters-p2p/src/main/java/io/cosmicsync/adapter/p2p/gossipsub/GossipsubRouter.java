package io.cosmicsync.adapter.p2p.gossipsub;

import com.google.protobuf.ByteString;
import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.nio.ByteBuffer;
import java.time.InstantSource;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A gossipsub v1.1 router ({@code /meshsub/1.1.0}) as a state machine without sockets: it consumes events —
 * a peer connected ({@link #addPeer}) or left ({@link #removePeer}), an RPC arrived ({@link #handleRpc}), a
 * heartbeat tick ({@link #heartbeat}, every {@link GossipsubConfig#heartbeatInterval()}) — and local calls
 * ({@link #subscribe}, {@link #publish}); it produces RPCs for the {@link RpcOutbox} and hands validated
 * messages to local subscribers.
 *
 * <p>Messages are signed by this node and verified under StrictSign ({@link MessageSigning}); a message whose
 * id ({@code from || seqno}) was seen within the seen TTL is a duplicate and is dropped. A valid new message is
 * delivered once to each local handler of its topic, cached for gossip and forwarded to the topic's mesh,
 * never back to the peer it came from or to its author. Dropped messages are counted in {@link #stats()}.
 * Not implemented: peer scoring, explicit peers, signed peer records in PX.
 *
 * <p>All methods are synchronized: call them from any thread. Time comes from the injected clock, randomness
 * from the injected {@link Random}, so a simulation is reproducible.
 * Specs: https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.0.md and
 * https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.1.md
 */
public final class GossipsubRouter {

    private final Ed25519KeyPair identity;
    private final PeerId localPeer;
    private final GossipsubConfig config;
    private final RpcOutbox outbox;
    private final InstantSource clock;
    private final Random random;
    private final PeerTable peers = new PeerTable();
    private final TopicMeshes meshes = new TopicMeshes();
    private final MessageCache mcache;
    private final SeenCache seen;
    private final GossipControl control;
    private final MeshMaintenance maintenance;
    private final InboundMessages inbound;
    private final OutgoingRpcs out;
    private long nextSeqno;

    public GossipsubRouter(Ed25519KeyPair identity, GossipsubConfig config, RpcOutbox outbox, InstantSource clock,
                           Random random) {
        this.identity = identity;
        this.localPeer = identity.peerId();
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
        this.random = random;
        this.mcache = new MessageCache(config.mcacheLength(), config.mcacheGossip());
        this.seen = new SeenCache(config.seenTtl(), clock);
        this.control = new GossipControl(config, peers, meshes, mcache, seen, clock, random);
        this.maintenance = new MeshMaintenance(config, peers, meshes, mcache, control, random);
        this.inbound = new InboundMessages(meshes, mcache, seen);
        this.out = new OutgoingRpcs(config.maxRpcSize());
        this.nextSeqno = clock.millis() * 1_000_000L; // go-libp2p starts at the time in ns: monotonic across restarts
    }

    public PeerId localPeer() {
        return localPeer;
    }

    public GossipsubConfig config() {
        return config;
    }

    /** A peer opened gossipsub with us; it learns our subscriptions. {@code outbound}: we dialed it. */
    public synchronized void addPeer(PeerId peer, boolean outbound) {
        if (peer.equals(localPeer) || !peers.add(peer, outbound)) {
            return;
        }
        inbound.handlers().keySet().forEach(topic -> out.subscription(peer, topic, true));
        out.flush(outbox);
    }

    public synchronized void removePeer(PeerId peer) {
        if (peers.remove(peer)) {
            meshes.forget(peer);
        }
    }

    /** Processes one RPC received from a connected peer: subscriptions, messages, then control. */
    public synchronized void handleRpc(PeerId from, RpcProtos.RPC rpc) {
        if (!peers.contains(from)) {
            return; // streams register their peer first; an RPC from elsewhere is not ours to route
        }
        for (RpcProtos.RPC.SubOpts sub : rpc.getSubscriptionsList()) {
            if (sub.getTopicid().isEmpty()) {
                continue;
            }
            if (sub.getSubscribe()) {
                peers.subscribe(from, sub.getTopicid());
            } else {
                peers.unsubscribe(from, sub.getTopicid());
                meshes.forget(from, sub.getTopicid());
            }
        }
        rpc.getPublishList().forEach(message -> inbound.receive(from, message, out));
        if (rpc.hasControl()) {
            control.handle(from, rpc.getControl(), out, outbox);
        }
        out.flush(outbox);
    }

    /** Runs the heartbeat: mesh maintenance, fanout, gossip, cache shift. */
    public synchronized void heartbeat() {
        maintenance.run(clock.instant(), out);
        out.flush(outbox);
    }

    /**
     * Subscribes a handler to a topic; the first handler joins the topic's mesh (fanout peers first, then
     * random topic peers, up to D) and announces the subscription to every peer.
     */
    public synchronized void subscribe(String topic, Consumer<PubsubMessage> handler) {
        requireTopic(topic);
        if (!inbound.addHandler(topic, handler)) {
            return;
        }
        peers.all().forEach(peer -> out.subscription(peer, topic, true));
        Set<PeerId> mesh = meshes.join(topic);
        meshes.takeFanout(topic).stream().limit(config.d()).forEach(mesh::add);
        List<PeerId> others = peers.subscribedTo(topic);
        others.removeIf(peer -> mesh.contains(peer) || meshes.inBackoff(topic, peer, clock.instant()));
        Collections.shuffle(others, random);
        others.stream().limit(Math.max(0, config.d() - mesh.size())).forEach(mesh::add);
        mesh.forEach(peer -> out.graft(peer, topic));
        out.flush(outbox);
    }

    /** Drops every handler of the topic, prunes its mesh and announces the unsubscription. */
    public synchronized void unsubscribe(String topic) {
        if (inbound.handlers().remove(topic) == null) {
            return;
        }
        peers.all().forEach(peer -> out.subscription(peer, topic, false));
        for (PeerId peer : meshes.leave(topic)) {
            meshes.backOff(topic, peer, clock.instant().plus(config.pruneBackoff()));
            out.prune(peer, control.prune(topic, peer, true));
        }
        out.flush(outbox);
    }

    /**
     * Signs and sends a message: with flood publishing to every peer of the topic, otherwise to its mesh
     * (or fanout when not subscribed). Not delivered to this node's own handlers.
     *
     * @return the id of the published message
     * @throws IllegalArgumentException if the message would not fit in one RPC of {@code maxRpcSize} bytes
     */
    public synchronized MessageId publish(String topic, byte[] data) {
        requireTopic(topic);
        RpcProtos.Message unsigned = RpcProtos.Message.newBuilder()
                .setFrom(ByteString.copyFrom(localPeer.toBytes()))
                .setData(ByteString.copyFrom(data))
                .setSeqno(ByteString.copyFrom(ByteBuffer.allocate(MessageSigning.SEQNO_LENGTH).putLong(nextSeqno++).array()))
                .setTopic(topic)
                .build();
        RpcProtos.Message message = MessageSigning.sign(unsigned, identity);
        if (message.getSerializedSize() + 16 > config.maxRpcSize()) {
            throw new IllegalArgumentException("message of " + data.length + " bytes exceeds the RPC limit of "
                    + config.maxRpcSize() + " bytes");
        }
        MessageId id = MessageId.of(message);
        seen.add(id);
        mcache.put(id, message);
        Set<PeerId> targets = new LinkedHashSet<>();
        if (config.floodPublish()) {
            targets.addAll(peers.subscribedTo(topic));
        } else if (meshes.joined(topic)) {
            targets.addAll(meshes.mesh(topic));
        } else {
            Set<PeerId> fanout = meshes.fanout(topic, clock.instant());
            if (fanout.isEmpty()) {
                List<PeerId> candidates = peers.subscribedTo(topic);
                Collections.shuffle(candidates, random);
                candidates.stream().limit(config.d()).forEach(fanout::add);
            }
            targets.addAll(fanout);
        }
        targets.forEach(peer -> out.publish(peer, message));
        inbound.countPublished(targets.size());
        out.flush(outbox);
        return id;
    }

    /**
     * Sets the application validator of a topic: a received message (already verified under StrictSign) for
     * which it returns false, or throws, is neither delivered, cached nor forwarded, and counts as rejected.
     * It runs with the router's lock held and must be quick.
     */
    public synchronized void setValidator(String topic, java.util.function.Predicate<PubsubMessage> validator) {
        inbound.setValidator(topic, validator);
    }

    /** @return the topics this node subscribes to */
    public synchronized Set<String> topics() {
        return Set.copyOf(inbound.handlers().keySet());
    }

    /** @return the peers in this node's mesh for the topic (empty when not subscribed) */
    public synchronized Set<PeerId> meshPeers(String topic) {
        return Set.copyOf(meshes.mesh(topic));
    }

    /** @return the connected peers that announced a subscription to the topic */
    public synchronized List<PeerId> topicPeers(String topic) {
        return peers.subscribedTo(topic);
    }

    public synchronized GossipsubStats stats() {
        return inbound.stats();
    }

    private static void requireTopic(String topic) {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("a topic is a non-empty string");
        }
    }
}
