package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The path of a message received from a peer: de-duplication against the seen cache, StrictSign verification,
 * the topic's application validator, then delivery to every local handler of its topic, the message cache, and
 * forwarding to the topic's mesh (or fanout) except the sender and the author. Each drop is counted.
 * Spec: https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.0.md#message-processing
 */
final class InboundMessages {

    private static final Logger LOG = LoggerFactory.getLogger(InboundMessages.class);

    private final TopicMeshes meshes;
    private final MessageCache mcache;
    private final SeenCache seen;
    private final Map<String, List<Consumer<PubsubMessage>>> handlers = new LinkedHashMap<>();
    private final Map<String, Predicate<PubsubMessage>> validators = new HashMap<>();
    private long delivered, forwarded, duplicates, unsigned, invalidSignature, malformed, rejected;

    InboundMessages(TopicMeshes meshes, MessageCache mcache, SeenCache seen) {
        this.meshes = meshes;
        this.mcache = mcache;
        this.seen = seen;
    }

    Map<String, List<Consumer<PubsubMessage>>> handlers() {
        return handlers;
    }

    /** @return true when this was the topic's first handler */
    boolean addHandler(String topic, Consumer<PubsubMessage> handler) {
        List<Consumer<PubsubMessage>> existing = handlers.get(topic);
        if (existing != null) {
            existing.add(handler);
            return false;
        }
        handlers.put(topic, new CopyOnWriteArrayList<>(List.of(handler)));
        return true;
    }

    void setValidator(String topic, Predicate<PubsubMessage> validator) {
        validators.put(topic, validator);
    }

    void receive(PeerId from, RpcProtos.Message message, OutgoingRpcs out) {
        MessageId id;
        try {
            id = MessageId.of(message);
        } catch (IllegalArgumentException noId) {
            unsigned++;
            return;
        }
        if (seen.contains(id)) {
            duplicates++;
            return;
        }
        switch (MessageSigning.verify(message)) {
            case UNSIGNED -> unsigned++;
            case INVALID_SIGNATURE -> invalidSignature++;
            case MALFORMED -> malformed++;
            case ACCEPT -> accept(from, id, message, out);
        }
    }

    /** The signature holds, so only the author could have made this id: it is safe to mark it seen now. */
    private void accept(PeerId from, MessageId id, RpcProtos.Message message, OutgoingRpcs out) {
        seen.add(id);
        PeerId author = MessageSigning.author(message).orElseThrow();
        PubsubMessage received = new PubsubMessage(id, message.getTopic(), author,
                message.getSeqno().asReadOnlyByteBuffer().getLong(), message.getData().toByteArray(), from);
        if (!valid(received)) {
            rejected++;
            return;
        }
        mcache.put(id, message);
        deliver(received);
        forward(message, from, author, out);
    }

    private boolean valid(PubsubMessage message) {
        Predicate<PubsubMessage> validator = validators.get(message.topic());
        try {
            return validator == null || validator.test(message);
        } catch (RuntimeException e) {
            LOG.debug("validator of topic {} failed on {}", message.topic(), message.id(), e);
            return false;
        }
    }

    private void deliver(PubsubMessage message) {
        for (Consumer<PubsubMessage> handler : handlers.getOrDefault(message.topic(), List.of())) {
            delivered++;
            try {
                handler.accept(message);
            } catch (RuntimeException e) {
                LOG.warn("a subscriber of topic {} failed on message {}", message.topic(), message.id(), e);
            }
        }
    }

    private void forward(RpcProtos.Message message, PeerId from, PeerId author, OutgoingRpcs out) {
        String topic = message.getTopic();
        Set<PeerId> targets = meshes.joined(topic) ? meshes.mesh(topic) : meshes.fanouts().getOrDefault(topic, Set.of());
        for (PeerId peer : targets) {
            if (!peer.equals(from) && !peer.equals(author)) {
                out.publish(peer, message);
                forwarded++;
            }
        }
    }

    void countPublished(int copies) {
        forwarded += copies;
    }

    GossipsubStats stats() {
        return new GossipsubStats(delivered, forwarded, duplicates, unsigned, invalidSignature, malformed, rejected);
    }
}
