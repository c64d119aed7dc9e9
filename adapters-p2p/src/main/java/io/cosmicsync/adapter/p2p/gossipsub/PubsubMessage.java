package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.identity.PeerId;

/**
 * A validated pubsub message as delivered to a local subscriber.
 *
 * @param id       its message id (from || seqno)
 * @param topic    the topic it was published on
 * @param author   the peer that published and signed it (not necessarily the peer that forwarded it)
 * @param seqno    the author's 64-bit sequence number
 * @param data     the payload; callers must not modify it
 * @param receivedFrom the peer that forwarded it to this node
 */
public record PubsubMessage(MessageId id, String topic, PeerId author, long seqno, byte[] data, PeerId receivedFrom) {
}
