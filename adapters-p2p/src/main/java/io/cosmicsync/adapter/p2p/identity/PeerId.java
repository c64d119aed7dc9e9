package io.cosmicsync.adapter.p2p.identity;

import io.cosmicsync.adapter.p2p.multiformats.Base58;
import io.cosmicsync.adapter.p2p.multiformats.Cid;
import io.cosmicsync.adapter.p2p.multiformats.MultiformatException;
import io.cosmicsync.adapter.p2p.multiformats.Multihash;
import java.util.Optional;

/**
 * A peer's identity: the multihash of its protobuf-encoded public key. Keys whose envelope is at most
 * {@value #MAX_INLINE_KEY_BYTES} bytes (Ed25519: 36) are inlined with the identity multihash, so the key can be
 * recovered from the id; longer ones are hashed with sha2-256.
 *
 * <pre>
 *   bytes  = multihash( 0x00 identity | 0x12 sha2-256 , PublicKey envelope )
 *   text   = base58btc(bytes)                      "12D3KooW…" (Ed25519), "Qm…" (sha2-256)
 *   or CID = "b" + base32( 0x01 0x72 bytes )       "bafz…" (parsed, never produced by toString)
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/peer-ids/peer-ids.md#peer-ids">peer-ids.md, peer
 * ids</a>. Parsing throws {@link MultiformatException} for text that is neither form, and for CIDs whose codec
 * is not {@code libp2p-key}. Immutable; equal when the multihash bytes are equal.
 */
public final class PeerId {

    /** The spec inlines key envelopes up to 42 bytes with the identity multihash. */
    public static final int MAX_INLINE_KEY_BYTES = 42;
    /** Longest text accepted by {@link #parse}. */
    public static final int MAX_TEXT_LENGTH = 128;

    private final Multihash multihash;

    private PeerId(Multihash multihash) {
        if (multihash.code() == Multihash.IDENTITY && multihash.digest().length > MAX_INLINE_KEY_BYTES) {
            throw new MultiformatException("identity peer id longer than " + MAX_INLINE_KEY_BYTES + " bytes");
        }
        this.multihash = multihash;
    }

    public static PeerId fromPublicKey(Ed25519PublicKey key) {
        byte[] envelope = key.encode();
        return new PeerId(envelope.length <= MAX_INLINE_KEY_BYTES
                ? Multihash.identity(envelope) : Multihash.sha256(envelope));
    }

    /** From the binary form (a multihash), as in multiaddrs and protocol messages. */
    public static PeerId fromBytes(byte[] bytes) {
        return new PeerId(Multihash.fromBytes(bytes));
    }

    /** From text: legacy base58btc ({@code 12D3KooW…}, {@code Qm…}) or a CIDv1 ({@code bafz…}). */
    public static PeerId parse(String text) {
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            throw new MultiformatException("peer id text must be 1-" + MAX_TEXT_LENGTH + " characters");
        }
        if (text.startsWith("1") || text.startsWith("Qm")) {
            return fromBytes(Base58.decode(text));
        }
        Cid cid = Cid.parse(text);
        if (cid.codec() != Cid.LIBP2P_KEY) {
            throw new MultiformatException("CID codec 0x" + Long.toHexString(cid.codec()) + " is not libp2p-key");
        }
        return new PeerId(cid.hash());
    }

    /** The public key inlined in this id, when it was built with the identity multihash. */
    public Optional<Ed25519PublicKey> publicKey() {
        if (multihash.code() != Multihash.IDENTITY) {
            return Optional.empty();
        }
        try {
            return Optional.of(Ed25519PublicKey.decode(multihash.digest()));
        } catch (InvalidKeyException e) {
            return Optional.empty();
        }
    }

    /** True when this id names {@code key}. */
    public boolean matches(Ed25519PublicKey key) {
        return equals(fromPublicKey(key));
    }

    public Multihash multihash() {
        return multihash;
    }

    public byte[] toBytes() {
        return multihash.toBytes();
    }

    public String toBase58() {
        return Base58.encode(toBytes());
    }

    /** The CIDv1 form ({@code bafz…}), for places that want multibase text. */
    public String toCid() {
        return new Cid(Cid.LIBP2P_KEY, multihash).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeerId p && p.multihash.equals(multihash);
    }

    @Override
    public int hashCode() {
        return multihash.hashCode();
    }

    /** The canonical base58btc text. */
    @Override
    public String toString() {
        return toBase58();
    }
}
