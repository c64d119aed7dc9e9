package io.cosmicsync.domain.text;

import io.cosmicsync.domain.encoding.BinaryReader;
import io.cosmicsync.domain.encoding.BinaryWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incremental update encoding described on {@link TextCodec}: consecutive ops that continue each
 * other (typing forward, adjacent deletes) are first coalesced into one, agents go to a table, counters
 * are delta-coded, and the body is DEFLATEd.
 */
final class UpdateEncoding {
    private UpdateEncoding() {
    }

    static byte[] encode(List<TextOp> ops, byte[] magic) {
        List<TextOp> merged = coalesce(ops);
        Map<String, Integer> agents = new HashMap<>();
        List<String> table = new ArrayList<>();
        BinaryWriter w = new BinaryWriter(1 << 12);
        long prev = 0;
        for (TextOp op : merged) {
            if (op instanceof TextOp.Insert ins) {
                w.writeByte(1).writeVarLong(agent(ins.id().agent(), agents, table)).writeSignedVarLong(ins.id().counter() - prev);
                CharId o = ins.origin();
                if (o == null) {
                    w.writeByte(0);
                } else if (o.agent().equals(ins.id().agent()) && o.counter() == ins.id().counter() - 1) {
                    w.writeByte(1);
                } else {
                    w.writeByte(2).writeVarLong(agent(o.agent(), agents, table)).writeVarLong(ins.id().counter() - o.counter());
                }
                w.writeString(ins.text());
                prev = ins.id().counter() + ins.length();
            } else {
                List<IdSpan> spans = ((TextOp.Delete) op).spans();
                w.writeByte(2).writeVarLong(spans.size());
                for (IdSpan s : spans) {
                    w.writeVarLong(agent(s.agent(), agents, table)).writeSignedVarLong(s.start() - prev).writeVarLong(s.length());
                    prev = s.start() + s.length();
                }
            }
        }
        BinaryWriter body = new BinaryWriter(w.size() + 64).writeVarLong(table.size());
        table.forEach(body::writeString);
        body.writeVarLong(merged.size()).writeBytes(w.toByteArray());
        return StateEncoding.frame(magic, body.toByteArray());
    }

    static List<TextOp> decode(byte[] bytes, byte[] magic, TextCodec.Limits limits) {
        BinaryReader r = new BinaryReader(StateEncoding.unframe(bytes, magic, limits.maxBodyBytes()));
        List<String> table = new ArrayList<>();
        int agents = r.readVarInt(0, limits.maxAgents(), "agent count");
        for (int i = 0; i < agents; i++) {
            table.add(r.readString(1024, "agent"));
        }
        int n = r.readVarInt(0, limits.maxRuns(), "op count");
        List<TextOp> ops = new ArrayList<>(Math.min(n, 1 << 16));
        long prev = 0;
        try {
            for (int i = 0; i < n; i++) {
                int tag = r.readByte();
                if (tag == 1) {
                    CharId id = new CharId(table.get(r.readVarInt(0, agents - 1, "agent index")), prev + r.readSignedVarLong());
                    int kind = r.readVarInt(0, 2, "origin kind");
                    CharId origin = kind == 0 ? null : kind == 1 ? new CharId(id.agent(), id.counter() - 1)
                            : new CharId(table.get(r.readVarInt(0, agents - 1, "agent index")), id.counter() - r.readVarLong(1, id.counter() - 1, "origin distance"));
                    TextOp.Insert ins = new TextOp.Insert(id, origin, r.readString(limits.maxTextBytes(), "text"));
                    prev = id.counter() + ins.length();
                    ops.add(ins);
                } else if (tag == 2) {
                    int k = r.readVarInt(1, limits.maxRuns(), "span count");
                    List<IdSpan> spans = new ArrayList<>(Math.min(k, 1024));
                    for (int j = 0; j < k; j++) {
                        IdSpan s = new IdSpan(table.get(r.readVarInt(0, agents - 1, "agent index")), prev + r.readSignedVarLong(),
                                r.readVarInt(1, Integer.MAX_VALUE, "span length"));
                        prev = s.start() + s.length();
                        spans.add(s);
                    }
                    ops.add(new TextOp.Delete(spans));
                } else {
                    throw r.fail("unknown text op tag " + tag);
                }
            }
        } catch (IllegalArgumentException e) {
            throw r.fail("invalid text op: " + e.getMessage());
        }
        r.requireEnd();
        return ops;
    }

    /** Merges each op into the previous one when applying the merged op has the same effect as both. */
    static List<TextOp> coalesce(List<TextOp> ops) {
        List<TextOp> out = new ArrayList<>();
        for (TextOp op : ops) {
            TextOp last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last instanceof TextOp.Insert a && op instanceof TextOp.Insert b && a.id().agent().equals(b.id().agent())
                    && b.origin() != null && b.origin().equals(new CharId(a.id().agent(), a.id().counter() + a.length() - 1))
                    && b.id().counter() == a.id().counter() + a.length()) {
                out.set(out.size() - 1, new TextOp.Insert(a.id(), a.origin(), a.text() + b.text()));
            } else if (last instanceof TextOp.Delete a && op instanceof TextOp.Delete b) {
                List<IdSpan> spans = new ArrayList<>(a.spans());
                for (IdSpan s : b.spans()) {
                    IdSpan t = spans.get(spans.size() - 1);
                    if (t.agent().equals(s.agent()) && t.start() + t.length() == s.start()) {
                        spans.set(spans.size() - 1, new IdSpan(t.agent(), t.start(), t.length() + s.length()));
                    } else {
                        spans.add(s);
                    }
                }
                out.set(out.size() - 1, new TextOp.Delete(spans));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    private static int agent(String agent, Map<String, Integer> ids, List<String> table) {
        return ids.computeIfAbsent(agent, a -> {
            table.add(a);
            return table.size() - 1;
        });
    }
}
