package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.encoding.BinaryReader;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import io.cosmicsync.domain.text.TextCodec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The canonical binary encoding of a {@link Change} (what its id hashes and what peers exchange):
 *
 * <pre>
 * change = byte(1 = version) string(author) varint(hlc.l) varint(hlc.c)
 *          varint(depCount) bytes32(dep)* (ascending)  varint(opCount) op*
 * op     = byte(tag) string(scope) string(collection) string(id) body
 *   1 set: string(field) value stamps | 2 remove: string(field) stamps | 3 delete document
 *   4 increment: string(field) zigzag(delta) | 5 text insert, 6 text delete: string(field) textOp
 *   7 list insert: string(field) textOp value* (one per placeholder) | 8 list delete: string(field) textOp
 * stamps = varint(n) (varint(l) varint(c) string(peer))* ascending
 * value  = 0 null | 1 false | 2 true | 3 zigzag(long) | 4 double(8 bytes BE) | 5 string
 *        | 6 varint(n) value* | 7 varint(n) (string(key) value)* keys ascending
 * </pre>
 *
 * Strings are varint-length-prefixed UTF-8; textOp is {@link TextCodec#writeOp}. Decoding enforces
 * {@link Limits} and throws {@link MalformedEncodingException} on anything else.
 */
public final class ChangeCodec {
    /** Most operations one change may carry. */
    public static final int MAX_OPERATIONS = 100_000;
    private static final int VERSION = 1;

    /**
     * Decoder maxima.
     *
     * @param maxBytes       largest encoded change, bytes
     * @param maxStringBytes largest string, bytes
     * @param maxDepth       deepest nesting of lists and maps
     * @param maxElements    most dependencies, stamps or collection elements in one place
     */
    public record Limits(int maxBytes, int maxStringBytes, int maxDepth, int maxElements) {
        /** 16 MiB changes, 1 MiB strings, depth 32, 100,000 elements. */
        public static final Limits DEFAULT = new Limits(16 << 20, 1 << 20, 32, 100_000);
        /**
         * For bytes a node stored itself, not for the wire: 1 GiB values and strings (PostgreSQL's {@code bytea}
         * limit), depth 256, 2^24 elements. What was accepted once must decode again.
         */
        public static final Limits STORED = new Limits(1 << 30, 1 << 30, 256, 1 << 24);
    }

    private ChangeCodec() {
    }

    /** The canonical encoding of {@code c} (kept by the change since it was made: a copy). */
    public static byte[] encode(Change c) {
        return c.encoding();
    }

    public static Change decode(byte[] bytes, Limits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new MalformedEncodingException("change of " + bytes.length + " bytes exceeds the limit of " + limits.maxBytes());
        }
        BinaryReader r = new BinaryReader(bytes);
        try {
            if (r.readByte() != VERSION) {
                throw r.fail("unknown change encoding version");
            }
            PeerId author = new PeerId(r.readString(512, "author"));
            Hlc hlc = new Hlc(r.readVarLong(0, Long.MAX_VALUE, "hlc physical"), r.readVarInt(0, Integer.MAX_VALUE, "hlc logical"));
            int nd = r.readVarInt(0, limits.maxElements(), "dependency count");
            TreeSet<ChangeId> deps = new TreeSet<>();
            for (int i = 0; i < nd; i++) {
                ChangeId d = ChangeId.of(r.readBytes(32));
                if (deps.size() > 0 && d.compareTo(deps.last()) <= 0) {
                    throw r.fail("dependencies are not strictly ascending");
                }
                deps.add(d);
            }
            int no = r.readVarInt(1, MAX_OPERATIONS, "operation count");
            List<Operation> ops = new ArrayList<>(Math.min(no, 1024));
            for (int i = 0; i < no; i++) {
                ops.add(OperationCodec.read(r, limits));
            }
            r.requireEnd();
            // The change re-encodes what was read and compares it with the input, so a decoded change is one
            // whose input was its canonical encoding; its id is the hash of that encoding.
            try {
                return Change.decoded(bytes, author, hlc, deps, ops);
            } catch (SyncException notCanonical) {
                throw r.fail("change encoding is not canonical");
            }
        } catch (IllegalArgumentException e) {
            throw r.fail("invalid change: " + e.getMessage());
        }
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new SyncException("SHA-256 is missing from this JDK", e);
        }
    });

    /** The id of a change whose canonical encoding is {@code encoding}: its SHA-256. */
    static ChangeId hash(byte[] encoding) {
        return ChangeId.of(SHA256.get().digest(encoding));
    }

    /** The canonical encoding of a change's parts. */
    static byte[] content(PeerId author, Hlc hlc, java.util.SortedSet<ChangeId> deps, List<Operation> ops) {
        BinaryWriter w = new BinaryWriter(128);
        w.writeByte(VERSION).writeString(author.value()).writeVarLong(hlc.physicalMillis()).writeVarLong(hlc.logical());
        w.writeVarLong(deps.size());
        deps.forEach(d -> w.writeBytes(d.bytes()));
        w.writeVarLong(ops.size());
        ops.forEach(op -> OperationCodec.write(w, op));
        return w.toByteArray();
    }

    /**
     * The encoded size of {@code v} if a peer decoding with {@code limits} accepts it (depth, string
     * and element limits), or -1 when it would be rejected.
     */
    public static int encodedSizeWithin(Value v, Limits limits) {
        BinaryWriter w = new BinaryWriter();
        OperationCodec.writeValue(w, v);
        byte[] bytes = w.toByteArray();
        if (bytes.length > limits.maxBytes()) {
            return -1;
        }
        try {
            BinaryReader r = new BinaryReader(bytes);
            OperationCodec.readValue(r, limits, 0);
            r.requireEnd();
            return bytes.length;
        } catch (MalformedEncodingException | IllegalArgumentException e) {
            return -1;
        }
    }

    /** Writes {@code v} in the canonical value encoding. */
    public static void writeValue(BinaryWriter w, Value v) {
        OperationCodec.writeValue(w, v);
    }
}
