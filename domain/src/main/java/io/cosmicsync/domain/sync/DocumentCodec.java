package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.encoding.BinaryReader;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import io.cosmicsync.domain.text.CharId;
import io.cosmicsync.domain.text.CollaborativeText;
import io.cosmicsync.domain.text.TextCodec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A snapshot of a {@link Document}'s whole CRDT state — for storage (a bytea next to the JSONB view)
 * and for replicas that need more than the change log still holds after compaction:
 *
 * <pre>
 * doc    = "CSDC" version(1) string(scope) string(collection) string(id) byte(hasTombstone) [stamp]
 *          varint(n) (string(field) stamps-with-values)*   varint(n) (string(counter) zigzag(total))*
 *          varint(n) (string(field) varint(len) textState)*
 *          varint(n) (string(field) varint(len) textState varint(k) (string(agent) varint(counter) value)*)*
 * stamp  = varint(l) varint(c) string(peer)
 * </pre>
 *
 * textState is {@link TextCodec#encodeState}; values are {@link ChangeCodec}'s. Decoding checks
 * everything against the limits and throws {@link MalformedEncodingException}.
 */
public final class DocumentCodec {
    private static final byte[] MAGIC = {'C', 'S', 'D', 'C', 1};

    private DocumentCodec() {
    }

    public static byte[] encode(Document d) {
        BinaryWriter w = new BinaryWriter(256).writeBytes(MAGIC);
        w.writeString(d.ref().scope()).writeString(d.ref().collection()).writeString(d.ref().id());
        w.writeByte(d.tombstone() == null ? 0 : 1);
        if (d.tombstone() != null) {
            OperationCodec.writeStamps(w, Set.of(d.tombstone()));
        }
        Map<String, List<Write>> writes = d.writes();
        w.writeVarLong(writes.size());
        writes.forEach((field, ws) -> {
            w.writeString(field).writeVarLong(ws.size());
            ws.forEach(x -> {
                OperationCodec.writeStamps(w, Set.of(x.stamp()));
                OperationCodec.writeValue(w, x.value());
            });
        });
        w.writeVarLong(d.counters().size());
        new TreeMap<>(d.counters()).forEach((k, v) -> w.writeString(k).writeSignedVarLong(v));
        w.writeVarLong(d.texts().size());
        new TreeMap<>(d.texts()).forEach((k, t) -> bytes(w.writeString(k), TextCodec.encodeState(t)));
        w.writeVarLong(d.lists().size());
        new TreeMap<>(d.lists()).forEach((k, l) -> {
            bytes(w.writeString(k), TextCodec.encodeState(l.order()));
            Map<CharId, Value> values = new TreeMap<>(l.valuesById());
            w.writeVarLong(values.size());
            values.forEach((id, v) -> {
                w.writeString(id.agent()).writeVarLong(id.counter());
                OperationCodec.writeValue(w, v);
            });
        });
        return w.toByteArray();
    }

    public static Document decode(byte[] bytes, ChangeCodec.Limits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new MalformedEncodingException("document of " + bytes.length + " bytes exceeds the limit of " + limits.maxBytes());
        }
        BinaryReader r = new BinaryReader(bytes);
        try {
            if (!java.util.Arrays.equals(r.readBytes(Math.min(MAGIC.length, r.remaining())), MAGIC)) {
                throw r.fail("not a document snapshot of this version");
            }
            DocumentRef ref = new DocumentRef(r.readString(800, "scope"), r.readString(800, "collection"), r.readString(800, "id"));
            OpStamp tombstone = r.readVarInt(0, 1, "tombstone flag") == 1 ? single(r, limits) : null;
            Map<String, List<Write>> writes = new TreeMap<>();
            int nf = r.readVarInt(0, limits.maxElements(), "field count");
            for (int i = 0; i < nf; i++) {
                String field = r.readString(800, "field");
                int nw = r.readVarInt(1, limits.maxElements(), "write count");
                List<Write> ws = new java.util.ArrayList<>();
                for (int j = 0; j < nw; j++) {
                    ws.add(new Write(single(r, limits), OperationCodec.readValue(r, limits, 0)));
                }
                writes.put(field, ws);
            }
            Map<String, Long> counters = new TreeMap<>();
            int nc = r.readVarInt(0, limits.maxElements(), "counter count");
            for (int i = 0; i < nc; i++) {
                counters.put(r.readString(800, "counter"), r.readSignedVarLong());
            }
            TextCodec.Limits tl = new TextCodec.Limits(limits.maxBytes(), limits.maxBytes(), limits.maxElements(), limits.maxBytes());
            Map<String, CollaborativeText> texts = new TreeMap<>();
            int nt = r.readVarInt(0, limits.maxElements(), "text count");
            for (int i = 0; i < nt; i++) {
                texts.put(r.readString(800, "text field"), TextCodec.decodeState(r.readBytes(r.readVarInt(0, r.remaining(), "text length")), tl));
            }
            Map<String, ReplicatedList> lists = new TreeMap<>();
            int nl = r.readVarInt(0, limits.maxElements(), "list count");
            for (int i = 0; i < nl; i++) {
                String field = r.readString(800, "list field");
                CollaborativeText order = TextCodec.decodeState(r.readBytes(r.readVarInt(0, r.remaining(), "list length")), tl);
                Map<CharId, Value> values = new HashMap<>();
                int nv = r.readVarInt(0, limits.maxElements(), "list value count");
                for (int j = 0; j < nv; j++) {
                    values.put(new CharId(r.readString(1024, "agent"), r.readVarLong(1, Long.MAX_VALUE / 4, "counter")),
                            OperationCodec.readValue(r, limits, 0));
                }
                lists.put(field, ReplicatedList.reconstitute(order, values));
            }
            r.requireEnd();
            return Document.reconstitute(ref, writes, counters, texts, lists, tombstone);
        } catch (IllegalArgumentException | SyncException e) {
            throw r.fail("invalid document snapshot: " + e.getMessage());
        }
    }

    private static OpStamp single(BinaryReader r, ChangeCodec.Limits limits) {
        Set<OpStamp> s = OperationCodec.readStamps(r, limits);
        if (s.size() != 1) {
            throw r.fail("expected exactly one stamp");
        }
        return s.iterator().next();
    }

    private static void bytes(BinaryWriter w, byte[] b) {
        w.writeVarLong(b.length).writeBytes(b);
    }
}
