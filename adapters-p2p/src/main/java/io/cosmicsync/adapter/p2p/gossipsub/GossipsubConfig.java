package io.cosmicsync.adapter.p2p.gossipsub;

import java.time.Duration;

/**
 * The overlay parameters of a gossipsub v1.1 router. {@link #defaults()} gives the values the specs
 * recommend; each carries its reason below.
 *
 * @param d                 target mesh degree per topic (v1.0: D = 6)
 * @param dLo               below this many mesh peers the heartbeat grafts (v1.0: D_lo = 4)
 * @param dHi               above this many mesh peers the heartbeat prunes (v1.0: D_hi = 12)
 * @param dLazy             minimum number of peers that receive gossip per heartbeat (v1.0: D_lazy = 6)
 * @param gossipFactor      share of eligible peers that receive gossip (v1.1 adaptive gossip: 0.25)
 * @param heartbeatInterval time between heartbeats (v1.0: 1 s)
 * @param fanoutTtl         how long an unused fanout topic is kept (v1.0: 60 s)
 * @param mcacheLength      heartbeat windows of history kept for IWANT (v1.0: mcache_len = 5)
 * @param mcacheGossip      windows announced in IHAVE (v1.0: mcache_gossip = 3)
 * @param seenTtl           how long a message id is remembered for de-duplication (v1.0: 2 min)
 * @param pruneBackoff      no re-GRAFT after a PRUNE within this period (v1.1: 1 min)
 * @param prunePeers        peers offered in PX with a PRUNE (v1.1: more than D_hi, go uses 16)
 * @param maxIHaveLength    message ids accepted from one peer's IHAVEs per heartbeat (go: 5000)
 * @param maxIHaveMessages  IHAVE control messages accepted from one peer per heartbeat (go: 10)
 * @param floodPublish      v1.1 flood publishing: own messages go to every peer in the topic
 * @param maxRpcSize        largest RPC frame accepted or sent, in bytes (pubsub README: "say 1 MiB")
 * @see <a href="https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.0.md#parameters">v1.0 parameters</a>
 * @see <a href="https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.1.md#overview-of-new-parameters">v1.1 parameters</a>
 */
public record GossipsubConfig(
        int d, int dLo, int dHi, int dLazy, double gossipFactor,
        Duration heartbeatInterval, Duration fanoutTtl,
        int mcacheLength, int mcacheGossip, Duration seenTtl,
        Duration pruneBackoff, int prunePeers,
        int maxIHaveLength, int maxIHaveMessages,
        boolean floodPublish, int maxRpcSize) {

    /** The protocol id this router speaks: gossipsub v1.1. */
    public static final String PROTOCOL_ID = "/meshsub/1.1.0";
    /** 1 MiB, the RPC size limit the pubsub README suggests. */
    public static final int DEFAULT_MAX_RPC_SIZE = 1 << 20;

    public GossipsubConfig {
        if (!(0 < dLo && dLo <= d && d <= dHi)) {
            throw new IllegalArgumentException("need 0 < D_lo <= D <= D_hi, got " + dLo + ", " + d + ", " + dHi);
        }
        if (dLazy < 0 || gossipFactor < 0 || gossipFactor > 1) {
            throw new IllegalArgumentException("D_lazy must be >= 0 and the gossip factor within 0..1");
        }
        if (!(0 < mcacheGossip && mcacheGossip <= mcacheLength)) {
            throw new IllegalArgumentException("need 0 < mcache_gossip <= mcache_len");
        }
        if (maxRpcSize <= 0 || prunePeers < 0 || maxIHaveLength < 0 || maxIHaveMessages < 0) {
            throw new IllegalArgumentException("sizes and counts must not be negative");
        }
    }

    /** @return the recommended parameters of gossipsub v1.0 and v1.1 */
    public static GossipsubConfig defaults() {
        return new GossipsubConfig(6, 4, 12, 6, 0.25,
                Duration.ofSeconds(1), Duration.ofSeconds(60),
                5, 3, Duration.ofMinutes(2),
                Duration.ofMinutes(1), 16,
                5000, 10,
                true, DEFAULT_MAX_RPC_SIZE);
    }
}
