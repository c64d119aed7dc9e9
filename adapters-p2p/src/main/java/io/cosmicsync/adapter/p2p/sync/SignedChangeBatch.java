package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.domain.encoding.BinaryReader;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.domain.sync.ChangeId;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Changes with their authors' signatures, as they travel between nodes: in gossip messages (plain) and
 * in anti-entropy batches (DEFLATE-compressed, RFC 1951 via {@link Deflater}).
 *
 * <pre>
 * batch     = count:uvarint (1..MAX_CHANGES) { change:bytes signature:bytes }
 * bytes     = length:uvarint payload        change = ChangeCodec encoding, signature = 64-byte Ed25519
 * </pre>
 *
 * Decoding checks every length against {@link #MAX_CHANGES}, {@link #MAX_SIGNATURE_BYTES} and the
 * {@link ChangeCodec.Limits}, decompresses into at most {@link #MAX_DECOMPRESSED_BYTES}, re-derives each
 * change id from its bytes, and throws {@link MalformedEncodingException} for anything else. A change
 * without a signature cannot be encoded: nodes only relay what they can prove.
 *
 * @param changes    in causal order (the order they are applied in)
 * @param signatures one per change, by change id
 */
public record SignedChangeBatch(List<Change> changes, Map<ChangeId, byte[]> signatures) {

    /** Most changes in one batch. */
    public static final int MAX_CHANGES = 1_000;
    /** Longest accepted signature. */
    public static final int MAX_SIGNATURE_BYTES = 128;
    /** Most bytes a compressed batch may expand to (a guard against compression bombs). */
    public static final int MAX_DECOMPRESSED_BYTES = 32 << 20;

    public SignedChangeBatch {
        changes = List.copyOf(changes);
        signatures = Map.copyOf(signatures);
        if (changes.size() > MAX_CHANGES) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_CHANGES + " changes, got " + changes.size());
        }
    }

    /** The plain encoding. */
    public byte[] encode() {
        return encode(changes, ChangeCodec::encode, c -> {
            byte[] signature = signatures.get(c.id());
            if (signature == null) {
                throw new IllegalArgumentException("change " + c.id() + " has no signature to send");
            }
            return signature;
        });
    }

    /**
     * The plain encoding of a batch given as encoded entries, such as changes as a node logged them: sent without
     * being decoded (the receiver checks everything {@link #decode} checks).
     *
     * @param entries   at most {@link #MAX_CHANGES}, in causal order
     * @param change    an entry's canonical change encoding ({@link ChangeCodec})
     * @param signature an entry's signature
     * @throws IllegalArgumentException for more than {@link #MAX_CHANGES} entries
     */
    static <T> byte[] encode(List<T> entries, Function<T, byte[]> change, Function<T, byte[]> signature) {
        if (entries.size() > MAX_CHANGES) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_CHANGES + " changes, got " + entries.size());
        }
        BinaryWriter w = new BinaryWriter(256 * Math.max(1, entries.size()));
        w.writeVarLong(entries.size());
        for (T entry : entries) {
            byte[] body = change.apply(entry);
            byte[] sig = signature.apply(entry);
            w.writeVarLong(body.length).writeBytes(body);
            w.writeVarLong(sig.length).writeBytes(sig);
        }
        return w.toByteArray();
    }

    /**
     * Decodes the plain encoding (which is canonical: a decoded batch encodes back to the same bytes).
     *
     * @throws MalformedEncodingException for truncated, trailing, oversized or otherwise invalid input
     */
    public static SignedChangeBatch decode(byte[] bytes) {
        BinaryReader r = new BinaryReader(bytes);
        int count = r.readVarInt(0, MAX_CHANGES, "change count");
        List<Change> changes = new ArrayList<>(count);
        Map<ChangeId, byte[]> signatures = new HashMap<>();
        for (int i = 0; i < count; i++) {
            byte[] body = r.readBytes(r.readVarInt(1, ChangeCodec.Limits.DEFAULT.maxBytes(), "change length"));
            Change change = ChangeCodec.decode(body, ChangeCodec.Limits.DEFAULT);
            byte[] signature = r.readBytes(r.readVarInt(1, MAX_SIGNATURE_BYTES, "signature length"));
            changes.add(change);
            signatures.put(change.id(), signature);
        }
        r.requireEnd();
        return new SignedChangeBatch(changes, signatures);
    }

    /** The DEFLATE-compressed encoding. */
    public byte[] encodeCompressed() {
        return compress(encode());
    }

    /** {@code plain} (a plain encoding), DEFLATE-compressed: the compressed encoding. */
    static byte[] compress(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 3));
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * Decodes the compressed encoding, refusing to expand beyond {@link #MAX_DECOMPRESSED_BYTES}.
     *
     * @throws MalformedEncodingException for corrupt, truncated or trailing DEFLATE data, a stream expanding
     *                                    beyond the limit, or a plain encoding that {@link #decode} refuses
     */
    public static SignedChangeBatch decodeCompressed(byte[] compressed) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(MAX_DECOMPRESSED_BYTES, compressed.length * 3L));
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new MalformedEncodingException("compressed batch is truncated");
                }
                if (out.size() + n > MAX_DECOMPRESSED_BYTES) {
                    throw new MalformedEncodingException("compressed batch expands beyond " + MAX_DECOMPRESSED_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() > 0) {
                throw new MalformedEncodingException("bytes after the end of the compressed batch");
            }
            return decode(out.toByteArray());
        } catch (DataFormatException e) {
            throw new MalformedEncodingException("compressed batch is corrupt: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}
