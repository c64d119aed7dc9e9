package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.encoding.BinaryReader;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.text.TextCodec;
import io.cosmicsync.domain.text.TextOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Operations and values in the encoding described on {@link ChangeCodec}. */
final class OperationCodec {
    private OperationCodec() {
    }

    static void write(BinaryWriter w, Operation op) {
        DocumentRef d = op.document();
        if (op instanceof Operation.SetField s) {
            head(w, 1, d).writeString(s.field());
            writeValue(w, s.value());
            writeStamps(w, s.supersedes());
        } else if (op instanceof Operation.RemoveField s) {
            head(w, 2, d).writeString(s.field());
            writeStamps(w, s.supersedes());
        } else if (op instanceof Operation.DeleteDocument) {
            head(w, 3, d);
        } else if (op instanceof Operation.IncrementCounter s) {
            head(w, 4, d).writeString(s.field()).writeSignedVarLong(s.delta());
        } else if (op instanceof Operation.InsertText s) {
            TextCodec.writeOp(head(w, 5, d).writeString(s.field()), s.op());
        } else if (op instanceof Operation.DeleteText s) {
            TextCodec.writeOp(head(w, 6, d).writeString(s.field()), s.op());
        } else if (op instanceof Operation.InsertListItems s) {
            TextCodec.writeOp(head(w, 7, d).writeString(s.field()), s.order());
            s.values().forEach(v -> writeValue(w, v));
        } else {
            Operation.DeleteListItems s = (Operation.DeleteListItems) op;
            TextCodec.writeOp(head(w, 8, d).writeString(s.field()), s.order());
        }
    }

    static Operation read(BinaryReader r, ChangeCodec.Limits l) {
        int tag = r.readByte();
        DocumentRef d = new DocumentRef(r.readString(800, "scope"), r.readString(800, "collection"), r.readString(800, "document id"));
        if (tag == 3) {
            return new Operation.DeleteDocument(d);
        }
        String field = r.readString(800, "field");
        TextCodec.Limits tl = new TextCodec.Limits(l.maxBytes(), l.maxElements(), l.maxElements(), l.maxStringBytes());
        return switch (tag) {
            case 1 -> new Operation.SetField(d, field, readValue(r, l, 0), readStamps(r, l));
            case 2 -> new Operation.RemoveField(d, field, readStamps(r, l));
            case 4 -> new Operation.IncrementCounter(d, field, r.readSignedVarLong());
            case 5 -> new Operation.InsertText(d, field, cast(TextOp.Insert.class, TextCodec.readOp(r, tl), r));
            case 6 -> new Operation.DeleteText(d, field, cast(TextOp.Delete.class, TextCodec.readOp(r, tl), r));
            case 7 -> readListInsert(r, l, d, field, cast(TextOp.Insert.class, TextCodec.readOp(r, tl), r));
            case 8 -> new Operation.DeleteListItems(d, field, cast(TextOp.Delete.class, TextCodec.readOp(r, tl), r));
            default -> throw r.fail("unknown operation tag " + tag);
        };
    }

    private static Operation readListInsert(BinaryReader r, ChangeCodec.Limits l, DocumentRef d, String field, TextOp.Insert order) {
        int n = order.length();
        if (n > l.maxElements()) {
            throw r.fail("list insert of " + n + " values exceeds " + l.maxElements());
        }
        List<Value> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(readValue(r, l, 1));
        }
        return new Operation.InsertListItems(d, field, order, values);
    }

    private static <T> T cast(Class<T> type, TextOp op, BinaryReader r) {
        if (!type.isInstance(op)) {
            throw r.fail("text operation of the wrong kind");
        }
        return type.cast(op);
    }

    private static BinaryWriter head(BinaryWriter w, int tag, DocumentRef d) {
        return w.writeByte(tag).writeString(d.scope()).writeString(d.collection()).writeString(d.id());
    }

    static void writeStamps(BinaryWriter w, Set<OpStamp> stamps) {
        w.writeVarLong(stamps.size());
        for (OpStamp s : stamps) {
            w.writeVarLong(s.hlc().physicalMillis()).writeVarLong(s.hlc().logical()).writeString(s.peer().value());
        }
    }

    static Set<OpStamp> readStamps(BinaryReader r, ChangeCodec.Limits l) {
        int n = r.readVarInt(0, l.maxElements(), "stamp count");
        Set<OpStamp> out = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            Hlc h = new Hlc(r.readVarLong(0, Long.MAX_VALUE, "hlc physical"), r.readVarInt(0, Integer.MAX_VALUE, "hlc logical"));
            out.add(new OpStamp(h, new PeerId(r.readString(512, "peer"))));
        }
        return out;
    }

    static void writeValue(BinaryWriter w, Value v) {
        if (v instanceof Value.NullValue) {
            w.writeByte(0);
        } else if (v instanceof Value.BooleanValue b) {
            w.writeByte(b.value() ? 2 : 1);
        } else if (v instanceof Value.LongValue n) {
            w.writeByte(3).writeSignedVarLong(n.value());
        } else if (v instanceof Value.DoubleValue n) {
            w.writeByte(4).writeDouble(n.value());
        } else if (v instanceof Value.StringValue s) {
            w.writeByte(5).writeString(s.value());
        } else if (v instanceof Value.ListValue list) {
            w.writeByte(6).writeVarLong(list.values().size());
            list.values().forEach(e -> writeValue(w, e));
        } else {
            Value.MapValue m = (Value.MapValue) v;
            w.writeByte(7).writeVarLong(m.entries().size());
            m.entries().forEach((k, e) -> {
                w.writeString(k);
                writeValue(w, e);
            });
        }
    }

    static Value readValue(BinaryReader r, ChangeCodec.Limits l, int depth) {
        if (depth > l.maxDepth()) {
            throw r.fail("values nest deeper than " + l.maxDepth());
        }
        int tag = r.readByte();
        switch (tag) {
            case 0: return new Value.NullValue();
            case 1: return new Value.BooleanValue(false);
            case 2: return new Value.BooleanValue(true);
            case 3: return new Value.LongValue(r.readSignedVarLong());
            case 4: return new Value.DoubleValue(r.readDouble());
            case 5: return new Value.StringValue(r.readString(l.maxStringBytes(), "string value"));
            case 6: {
                int n = r.readVarInt(0, l.maxElements(), "list size");
                List<Value> out = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    out.add(readValue(r, l, depth + 1));
                }
                return new Value.ListValue(out);
            }
            case 7: {
                int n = r.readVarInt(0, l.maxElements(), "map size");
                TreeMap<String, Value> out = new TreeMap<>();
                for (int i = 0; i < n; i++) {
                    String k = r.readString(l.maxStringBytes(), "map key");
                    if (out.put(k, readValue(r, l, depth + 1)) != null) {
                        throw r.fail("duplicate map key " + k);
                    }
                }
                return new Value.MapValue(out);
            }
            default: throw r.fail("unknown value tag " + tag);
        }
    }
}
