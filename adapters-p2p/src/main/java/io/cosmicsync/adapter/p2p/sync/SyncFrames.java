package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.domain.encoding.BinaryReader;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;
import java.util.HashMap;
import java.util.Map;

/**
 * The messages of {@code /cosmicsync/sync/1.0.0}, each sent as one unsigned-varint length-prefixed frame
 * (as libp2p protocols frame protobufs). The dialer sends one {@link Request}; the listener answers with
 * {@link Batch}es until one says {@code more = false}, then closes the stream.
 *
 * <pre>
 * request = 0x01 maxChanges:uvarint count:uvarint { author:string physicalMillis:uvarint logical:uvarint }
 * batch   = 0x02 flags:byte (bit 0 more, bit 1 incomplete) changes:DEFLATE(SignedChangeBatch)
 * string  = length:uvarint UTF-8 bytes (at most 128)
 * </pre>
 */
public final class SyncFrames {

    /** The protocol id negotiated with multistream-select. */
    public static final String PROTOCOL_ID = "/cosmicsync/sync/1.0.0";
    /** Largest frame either side accepts. */
    public static final int MAX_FRAME_BYTES = 8 << 20;
    /** Most authors in a request's vector. */
    public static final int MAX_VECTOR_ENTRIES = 100_000;

    private static final int REQUEST = 1;
    private static final int BATCH = 2;
    private static final int MORE = 1;
    private static final int INCOMPLETE = 2;

    private SyncFrames() {
    }

    /**
     * The dialer's question: what do I lack?
     *
     * @param vector     what the dialer has applied
     * @param maxChanges most changes per batch, 1..{@link SignedChangeBatch#MAX_CHANGES}
     */
    public record Request(VersionVector vector, int maxChanges) {

        public byte[] encode() {
            BinaryWriter w = new BinaryWriter().writeByte(REQUEST).writeVarLong(maxChanges).writeVarLong(vector.entries().size());
            vector.entries().forEach((author, hlc) ->
                    w.writeString(author.value()).writeVarLong(hlc.physicalMillis()).writeVarLong(hlc.logical()));
            return w.toByteArray();
        }

        /** @throws MalformedEncodingException for another frame type, a value beyond its limit, or bad bytes */
        public static Request decode(byte[] frame) {
            BinaryReader r = new BinaryReader(frame);
            if (r.readByte() != REQUEST) {
                throw new MalformedEncodingException("expected a sync request");
            }
            int max = r.readVarInt(1, SignedChangeBatch.MAX_CHANGES, "maxChanges");
            int count = r.readVarInt(0, MAX_VECTOR_ENTRIES, "vector size");
            Map<PeerId, Hlc> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                PeerId author = peerId(r.readString(128, "author"));
                entries.put(author, new Hlc(r.readVarLong(0, Long.MAX_VALUE, "physical time"),
                        r.readVarInt(0, Integer.MAX_VALUE, "logical counter")));
            }
            r.requireEnd();
            return new Request(new VersionVector(entries), max);
        }

        private static PeerId peerId(String text) {
            try {
                return new PeerId(text);
            } catch (IllegalArgumentException e) {
                throw new MalformedEncodingException("bad author in vector: " + e.getMessage());
            }
        }
    }

    /**
     * One answer page.
     *
     * @param changes    the page, with signatures
     * @param more       whether more batches follow on this stream
     * @param incomplete whether the listener pruned changes the dialer lacks (it needs a snapshot)
     */
    public record Batch(SignedChangeBatch changes, boolean more, boolean incomplete) {

        public byte[] encode() {
            return encode(changes.encodeCompressed(), more, incomplete);
        }

        /** The frame of a batch whose changes are already in their compressed encoding ({@link SignedChangeBatch}). */
        static byte[] encode(byte[] compressedChanges, boolean more, boolean incomplete) {
            return new BinaryWriter(compressedChanges.length + 2).writeByte(BATCH)
                    .writeByte((more ? MORE : 0) | (incomplete ? INCOMPLETE : 0)).writeBytes(compressedChanges).toByteArray();
        }

        /** @throws MalformedEncodingException for another frame type, unknown flags, or changes that do not decode */
        public static Batch decode(byte[] frame) {
            BinaryReader r = new BinaryReader(frame);
            if (r.readByte() != BATCH) {
                throw new MalformedEncodingException("expected a sync batch");
            }
            int flags = r.readByte();
            if ((flags & ~(MORE | INCOMPLETE)) != 0) {
                throw new MalformedEncodingException("unknown batch flags " + flags);
            }
            SignedChangeBatch changes = SignedChangeBatch.decodeCompressed(r.readBytes(r.remaining()));
            return new Batch(changes, (flags & MORE) != 0, (flags & INCOMPLETE) != 0);
        }
    }
}
