package io.cosmicsync.adapter.p2p.gossipsub;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of messages seen in the last {@code seen TTL} (2 minutes by default): a message whose id is here
 * is a duplicate and is neither delivered nor forwarded again. Ids expire in arrival order, swept on every
 * insertion, so memory is bounded by the message rate times the TTL.
 * Spec: https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.0.md#message-processing
 */
final class SeenCache {

    private final Duration ttl;
    private final InstantSource clock;
    private final LinkedHashMap<MessageId, Instant> expiries = new LinkedHashMap<>();

    SeenCache(Duration ttl, InstantSource clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** @return true when the id was not seen within the TTL (and now is) */
    boolean add(MessageId id) {
        Instant now = clock.instant();
        sweep(now);
        if (expiries.containsKey(id)) {
            return false;
        }
        expiries.put(id, now.plus(ttl));
        return true;
    }

    boolean contains(MessageId id) {
        sweep(clock.instant());
        return expiries.containsKey(id);
    }

    int size() {
        return expiries.size();
    }

    private void sweep(Instant now) {
        Iterator<Map.Entry<MessageId, Instant>> it = expiries.entrySet().iterator();
        while (it.hasNext() && !it.next().getValue().isAfter(now)) {
            it.remove();
        }
    }
}
