package io.cosmicsync.domain.text;

import io.cosmicsync.domain.encoding.BinaryReader;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary encodings of a {@link CollaborativeText}: the whole state (every run with its ids and
 * origins, deleted runs as lengths only — enough history to merge with any replica), and incremental
 * updates (a list of {@link TextOp}s).
 *
 * <pre>
 * state  = "CSTX" version(1) varint(bodyLength) deflate(body)
 * body   = varint(agentCount) string(agent)* varint(runCount)
 *          columns, runCount values each: varint(agent) | varint(length)
 *          | zigzag(counter - previous run end) | byte(flags: bit0 deleted, bits1-2 origin 0=previous run's last id,
 *          1=start, 2=explicit) ; then for explicit origins: varint(agent) varint(counter - originCounter)
 *          ; string(content of the alive runs, UTF-8)
 * update = "CSTO" version(1) varint(bodyLength) deflate(varint(agentCount) string(agent)* varint(opCount) uop*)
 * uop    = 1 varint(agent) zigzag(counter - prev) byte(origin 0=start, 1=previous counter of the same
 *          agent, 2=explicit) [varint(agent) varint(counter - originCounter)] string(text)
 *        | 2 varint(spanCount) (varint(agent) zigzag(start - prev) varint(length))*
 *          where prev is the end of the previous op's last id range
 * op     = (single op inside a sync change, agents inline)
 *          1 string(agent) varint(counter) byte(hasOrigin) [string(agent) varint(counter)] string(text)
 *        | 2 varint(spanCount) (string(agent) varint(start) varint(length))*
 * </pre>
 *
 * Decoding checks the magic, version, every count and length against {@link Limits}, UTF-8, id
 * uniqueness and that origins exist, and throws {@link MalformedEncodingException} otherwise.
 */
public final class TextCodec {
    private static final byte[] STATE_MAGIC = {'C', 'S', 'T', 'X', 1};
    private static final byte[] UPDATE_MAGIC = {'C', 'S', 'T', 'O', 1};

    /**
     * Decoder maxima.
     *
     * @param maxBodyBytes maximum size of the inflated state body, bytes
     * @param maxRuns      maximum runs in a state or spans/ops in an update
     * @param maxAgents    maximum distinct agents
     * @param maxTextBytes maximum UTF-8 bytes of one string
     */
    public record Limits(int maxBodyBytes, int maxRuns, int maxAgents, int maxTextBytes) {
        /** 64 MiB body, 4 M runs, 65,536 agents, 16 MiB strings. */
        public static final Limits DEFAULT = new Limits(64 << 20, 4 << 20, 1 << 16, 16 << 20);

        public Limits {
            if (maxBodyBytes < 1 || maxRuns < 1 || maxAgents < 1 || maxTextBytes < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private TextCodec() {
    }

    /** Encodes the whole state, compressed with DEFLATE. */
    public static byte[] encodeState(CollaborativeText text) {
        return StateEncoding.encode(text, STATE_MAGIC);
    }

    public static CollaborativeText decodeState(byte[] bytes) {
        return decodeState(bytes, Limits.DEFAULT);
    }

    public static CollaborativeText decodeState(byte[] bytes, Limits limits) {
        return StateEncoding.decode(bytes, STATE_MAGIC, limits);
    }

    /**
     * Encodes operations (an incremental update), in order. Consecutive ops that continue each other
     * are merged first, so decoding may return fewer, longer ops with the same effect.
     */
    public static byte[] encodeUpdate(List<TextOp> ops) {
        return UpdateEncoding.encode(ops, UPDATE_MAGIC);
    }

    /** Decodes an update; apply the ops in the order returned. */
    public static List<TextOp> decodeUpdate(byte[] bytes, Limits limits) {
        return UpdateEncoding.decode(bytes, UPDATE_MAGIC, limits);
    }

    /** Writes one op, agents inline; used by the change encoding too. */
    public static void writeOp(BinaryWriter w, TextOp op) {
        if (op instanceof TextOp.Insert ins) {
            w.writeByte(1).writeString(ins.id().agent()).writeVarLong(ins.id().counter());
            w.writeByte(ins.origin() == null ? 0 : 1);
            if (ins.origin() != null) {
                w.writeString(ins.origin().agent()).writeVarLong(ins.origin().counter());
            }
            w.writeString(ins.text());
        } else {
            TextOp.Delete del = (TextOp.Delete) op;
            w.writeByte(2).writeVarLong(del.spans().size());
            for (IdSpan s : del.spans()) {
                w.writeString(s.agent()).writeVarLong(s.start()).writeVarLong(s.length());
            }
        }
    }

    /** Reads one op written by {@link #writeOp}. */
    public static TextOp readOp(BinaryReader r, Limits limits) {
        try {
            int tag = r.readByte();
            if (tag == 1) {
                CharId id = new CharId(r.readString(1024, "agent"), r.readVarLong(1, Long.MAX_VALUE / 2, "counter"));
                int hasOrigin = r.readVarInt(0, 1, "origin flag");
                CharId origin = hasOrigin == 0 ? null
                        : new CharId(r.readString(1024, "agent"), r.readVarLong(1, Long.MAX_VALUE / 2, "counter"));
                return new TextOp.Insert(id, origin, r.readString(limits.maxTextBytes(), "text"));
            }
            if (tag == 2) {
                int n = r.readVarInt(1, limits.maxRuns(), "span count");
                List<IdSpan> spans = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    spans.add(new IdSpan(r.readString(1024, "agent"), r.readVarLong(1, Long.MAX_VALUE / 2, "start"),
                            r.readVarInt(1, Integer.MAX_VALUE, "span length")));
                }
                return new TextOp.Delete(spans);
            }
            throw r.fail("unknown text op tag " + tag);
        } catch (IllegalArgumentException e) {
            throw r.fail("invalid text op: " + e.getMessage());
        }
    }
}
