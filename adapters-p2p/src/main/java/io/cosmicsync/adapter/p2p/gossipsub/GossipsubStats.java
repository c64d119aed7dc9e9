package io.cosmicsync.adapter.p2p.gossipsub;

/**
 * Counters of one router since it started, for metrics and tests.
 *
 * @param delivered        messages handed to local subscribers
 * @param forwarded        message copies sent to other peers
 * @param duplicates       messages dropped because their id was seen within the seen TTL
 * @param unsigned         messages dropped because StrictSign requires a signature, author and seqno
 * @param invalidSignature messages dropped because their signature or key did not verify
 * @param malformed        messages dropped for a missing topic, a bad author peer id or a bad seqno
 * @param rejected         signed messages that the topic's application validator refused
 */
public record GossipsubStats(long delivered, long forwarded, long duplicates, long unsigned, long invalidSignature,
                             long malformed, long rejected) {
}
