package io.cosmicsync.adapter.p2p.kad;

import java.time.Duration;

/**
 * Parameters of the Kademlia DHT.
 *
 * @param protocolPrefix  prefix of the protocol id, {@code /ipfs} for the public network; a private network
 *                        picks its own so that its DHT never mixes with another (the id is
 *                        {@code <prefix>/kad/1.0.0})
 * @param k               bucket size and replication parameter (spec: k = 20)
 * @param alpha           concurrent requests per lookup (spec: α = 3)
 * @param maxMessageSize  largest RPC frame accepted or sent, in bytes; 64 KiB holds a FIND_NODE answer with
 *                        k = 20 peers of {@link #MAX_ADDRS_PER_PEER} addresses each (20 × (44 + 16 × 150) B
 *                        ≈ 48 KiB) while keeping a hostile peer's frames small; this node sends no records
 * @param queryTimeout    time allowed for one request to one peer (spec: QueryTimeout 10 s)
 * @param refreshInterval time between routing-table refreshes (spec: bootstrap every 5 minutes)
 * @see <a href="https://github.com/libp2p/specs/blob/master/kad-dht/README.md">kad-dht spec</a>
 */
public record KadConfig(String protocolPrefix, int k, int alpha, int maxMessageSize, Duration queryTimeout,
                        Duration refreshInterval) {

    /** The public network's prefix. */
    public static final String DEFAULT_PREFIX = "/ipfs";
    /** 64 KiB; see {@link #maxMessageSize()}. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 64 * 1024;
    /** Addresses kept, and sent, per peer: enough for every transport of a dual-stack node. */
    public static final int MAX_ADDRS_PER_PEER = 16;

    public KadConfig {
        if (protocolPrefix == null || !protocolPrefix.startsWith("/") || protocolPrefix.endsWith("/")) {
            throw new IllegalArgumentException("a protocol prefix looks like /ipfs, got " + protocolPrefix);
        }
        if (k < 1 || alpha < 1 || maxMessageSize < 1) {
            throw new IllegalArgumentException("k, alpha and the message size must be positive");
        }
    }

    public static KadConfig defaults() {
        return withPrefix(DEFAULT_PREFIX);
    }

    public static KadConfig withPrefix(String prefix) {
        return new KadConfig(prefix, 20, 3, DEFAULT_MAX_MESSAGE_SIZE, Duration.ofSeconds(10), Duration.ofMinutes(5));
    }

    /** @return the protocol id negotiated with multistream-select, e.g. {@code /ipfs/kad/1.0.0} */
    public String protocolId() {
        return protocolPrefix + "/kad/1.0.0";
    }
}
