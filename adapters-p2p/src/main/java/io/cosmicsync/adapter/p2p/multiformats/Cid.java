package io.cosmicsync.adapter.p2p.multiformats;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * A version-1 content identifier: which codec the content uses and its multihash. libp2p writes peer ids as
 * CIDv1 with codec {@code libp2p-key} in base32 ({@code bafz…}).
 *
 * <pre>
 *   text  = multibase prefix + base( bytes )
 *   bytes = +-----------------+---------------+-----------+
 *           | version: varint | codec: varint | multihash |
 *           | (= 1)           | 0x72 libp2p-key            |
 *           +-----------------+---------------+-----------+
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/multiformats/cid">multiformats/cid</a>. Versions other than 1 and
 * malformed bytes throw {@link MultiformatException}.
 *
 * @param codec multicodec code of the content
 * @param hash  multihash of the content
 */
public record Cid(long codec, Multihash hash) {

    /** Multicodec {@code libp2p-key}: the content is a protobuf-encoded libp2p public key. */
    public static final long LIBP2P_KEY = 0x72;
    /** Longest CID text accepted. */
    public static final int MAX_TEXT_LENGTH = 2048;

    public Cid {
        if (codec < 0) {
            throw new MultiformatException("CID codec must be non-negative");
        }
        if (hash == null) {
            throw new MultiformatException("CID needs a multihash");
        }
    }

    /** Parses multibase text ({@code b…} base32 or {@code z…} base58btc). */
    public static Cid parse(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new MultiformatException("CID text longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return fromBytes(Multibase.decode(text));
    }

    public static Cid fromBytes(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        long version = Varint.read(in);
        if (version != 1) {
            throw new MultiformatException("only CIDv1 is supported, got version " + version);
        }
        long codec = Varint.read(in);
        Multihash hash = Multihash.read(in);
        if (in.hasRemaining()) {
            throw new MultiformatException(in.remaining() + " trailing bytes after CID");
        }
        return new Cid(codec, hash);
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Varint.encode(1));
        out.writeBytes(Varint.encode(codec));
        out.writeBytes(hash.toBytes());
        return out.toByteArray();
    }

    /** The canonical text: base32 with prefix {@code 'b'}. */
    @Override
    public String toString() {
        return Multibase.BASE32.encode(toBytes());
    }
}
