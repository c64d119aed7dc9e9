package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gossipsub message cache ("mcache"): the messages of the last {@code mcache_len} heartbeat windows,
 * served to peers that ask for them with IWANT, and the ids of the last {@code mcache_gossip} windows,
 * announced in IHAVE. {@link #shift()} runs once a heartbeat and forgets the oldest window.
 *
 * <p>Each id is served to one peer at most {@link #MAX_RETRANSMISSIONS} times, so that a peer cannot make
 * us send the same message over and over (go-libp2p-pubsub's GossipRetransmission).
 * Spec: https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.0.md#message-cache
 */
final class MessageCache {

    /** go-libp2p-pubsub's GossipSubGossipRetransmission: 3 answers to IWANT per message and peer. */
    static final int MAX_RETRANSMISSIONS = 3;

    private record Entry(RpcProtos.Message message, Map<Object, Integer> served) {
    }

    private final int gossipWindows;
    private final Deque<List<MessageId>> windows = new ArrayDeque<>();
    private final Map<MessageId, Entry> messages = new HashMap<>();

    MessageCache(int historyWindows, int gossipWindows) {
        this.gossipWindows = gossipWindows;
        for (int i = 0; i < historyWindows; i++) {
            windows.addLast(new ArrayList<>());
        }
    }

    void put(MessageId id, RpcProtos.Message message) {
        if (messages.putIfAbsent(id, new Entry(message, new HashMap<>())) == null) {
            windows.peekFirst().add(id);
        }
    }

    /** @return the cached message, if this peer has not yet asked for it too often */
    Optional<RpcProtos.Message> getForPeer(MessageId id, Object peer) {
        Entry entry = messages.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        int times = entry.served().merge(peer, 1, Integer::sum);
        return times > MAX_RETRANSMISSIONS ? Optional.empty() : Optional.of(entry.message());
    }

    boolean contains(MessageId id) {
        return messages.containsKey(id);
    }

    /** @return ids of messages in this topic from the most recent gossip windows, newest first */
    List<MessageId> gossipIds(String topic) {
        List<MessageId> ids = new ArrayList<>();
        int window = 0;
        for (List<MessageId> ws : windows) {
            if (window++ >= gossipWindows) {
                break;
            }
            for (MessageId id : ws) {
                if (topic.equals(messages.get(id).message().getTopic())) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Starts a new window and forgets the messages of the oldest one. */
    void shift() {
        for (MessageId id : windows.removeLast()) {
            messages.remove(id);
        }
        windows.addFirst(new ArrayList<>());
    }

    int size() {
        return messages.size();
    }
}
