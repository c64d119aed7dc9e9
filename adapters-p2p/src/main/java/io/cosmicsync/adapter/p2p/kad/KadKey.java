package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A point in the Kademlia key space: SHA-256 of a key's bytes (for a peer, of its peer id bytes). The distance
 * between two points is their XOR, read as a 256-bit unsigned integer.
 * Spec: https://github.com/libp2p/specs/blob/master/kad-dht/README.md#distance
 */
public final class KadKey {

    /** SHA-256 output length: 256 bits, hence 256 buckets. */
    public static final int LENGTH = 32;

    private final byte[] hash;

    private KadKey(byte[] hash) {
        this.hash = hash;
    }

    /** @return the point of arbitrary key bytes (a peer id, a CID, a random lookup target) */
    public static KadKey of(byte[] key) {
        try {
            return new KadKey(MessageDigest.getInstance("SHA-256").digest(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static KadKey of(PeerId peer) {
        return of(peer.toBytes());
    }

    /** @return the number of leading bits this key shares with the other, 0..256 */
    public int commonPrefixLength(KadKey other) {
        for (int i = 0; i < LENGTH; i++) {
            int x = (hash[i] ^ other.hash[i]) & 0xff;
            if (x != 0) {
                return i * 8 + Integer.numberOfLeadingZeros(x) - 24;
            }
        }
        return LENGTH * 8;
    }

    /** @return XOR(this, other), big-endian */
    public byte[] distance(KadKey other) {
        byte[] d = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            d[i] = (byte) (hash[i] ^ other.hash[i]);
        }
        return d;
    }

    /** @return orders keys by their distance to this one, closest first */
    public Comparator<KadKey> byDistance() {
        return (a, b) -> Arrays.compareUnsigned(distance(a), distance(b));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KadKey other && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "KadKey[" + java.util.HexFormat.of().formatHex(hash, 0, 4) + "…]";
    }
}
