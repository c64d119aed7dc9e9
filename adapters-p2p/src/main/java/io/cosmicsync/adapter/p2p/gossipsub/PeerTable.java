package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The peers that speak gossipsub with this node, the direction of their connection and their topics. */
final class PeerTable {

    /** Topics remembered per peer; more subscriptions from one peer are ignored (a memory bound). */
    static final int MAX_TOPICS_PER_PEER = 1024;

    private record PeerState(boolean outbound, Set<String> topics) {
    }

    private final Map<PeerId, PeerState> peers = new LinkedHashMap<>();

    /** @return true when the peer was not known before */
    boolean add(PeerId peer, boolean outbound) {
        return peers.putIfAbsent(peer, new PeerState(outbound, new LinkedHashSet<>())) == null;
    }

    boolean remove(PeerId peer) {
        return peers.remove(peer) != null;
    }

    boolean contains(PeerId peer) {
        return peers.containsKey(peer);
    }

    boolean isOutbound(PeerId peer) {
        PeerState state = peers.get(peer);
        return state != null && state.outbound();
    }

    void subscribe(PeerId peer, String topic) {
        PeerState state = peers.get(peer);
        if (state != null && state.topics().size() < MAX_TOPICS_PER_PEER) {
            state.topics().add(topic);
        }
    }

    void unsubscribe(PeerId peer, String topic) {
        PeerState state = peers.get(peer);
        if (state != null) {
            state.topics().remove(topic);
        }
    }

    boolean isSubscribed(PeerId peer, String topic) {
        PeerState state = peers.get(peer);
        return state != null && state.topics().contains(topic);
    }

    /** @return the peers subscribed to the topic, in connection order */
    List<PeerId> subscribedTo(String topic) {
        List<PeerId> result = new ArrayList<>();
        peers.forEach((peer, state) -> {
            if (state.topics().contains(topic)) {
                result.add(peer);
            }
        });
        return result;
    }

    List<PeerId> all() {
        return new ArrayList<>(peers.keySet());
    }

    int size() {
        return peers.size();
    }
}
