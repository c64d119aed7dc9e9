package io.cosmicsync.adapter.p2p.noise;

import io.cosmicsync.adapter.p2p.identity.Ed25519PublicKey;
import io.cosmicsync.adapter.p2p.identity.PeerId;

/**
 * The outcome of a successful Noise handshake: who is on the other end, proven by their signature over the
 * Noise static key.
 *
 * @param remotePeer the authenticated peer id of the remote node
 * @param remoteKey  its identity public key
 * @param initiator  true when this side dialed
 */
public record SecureSession(PeerId remotePeer, Ed25519PublicKey remoteKey, boolean initiator) {
}
