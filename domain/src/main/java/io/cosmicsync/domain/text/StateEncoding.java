package io.cosmicsync.domain.text;

import io.cosmicsync.domain.encoding.BinaryReader;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** The columnar state encoding described on {@link TextCodec}. */
final class StateEncoding {
    private StateEncoding() {
    }

    static byte[] encode(CollaborativeText t, byte[] magic) {
        List<Run> runs = new ArrayList<>();
        t.list.forEach(r -> {
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.continuedBy(r.agent, r.counter, r.originAgent, r.originCounter, r.deleted)) {
                runs.set(runs.size() - 1, new Run(last.agent, last.counter, last.len + r.len, last.originAgent,
                        last.originCounter, last.deleted, last.deleted ? null : new StringBuilder(last.text).append(r.text)));
            } else {
                runs.add(r);
            }
        });
        BinaryWriter body = new BinaryWriter(1 << 16);
        body.writeVarLong(t.agents.size());
        t.agents.forEach(body::writeString);
        body.writeVarLong(runs.size());
        runs.forEach(r -> body.writeVarLong(r.agent));
        runs.forEach(r -> body.writeVarLong(r.len));
        long prevEnd = 0;
        for (Run r : runs) {
            body.writeSignedVarLong(r.counter - prevEnd);
            prevEnd = r.end();
        }
        BinaryWriter origins = new BinaryWriter();
        StringBuilder content = new StringBuilder(t.length());
        Run prev = null;
        for (Run r : runs) {
            int kind;
            if (r.originAgent == Run.START) {
                kind = 1;
            } else if (prev != null && prev.agent == r.originAgent && prev.end() - 1 == r.originCounter) {
                kind = 0;
            } else {
                kind = 2;
                origins.writeVarLong(r.originAgent).writeVarLong(r.counter - r.originCounter);
            }
            body.writeByte((r.deleted ? 1 : 0) | kind << 1);
            if (!r.deleted) {
                content.append(r.text);
            }
            prev = r;
        }
        body.writeBytes(origins.toByteArray()).writeString(content.toString());
        return frame(magic, body.toByteArray());
    }

    /** magic, varint(raw length), DEFLATE(raw). */
    static byte[] frame(byte[] magic, byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        BinaryWriter out = new BinaryWriter(raw.length / 2 + 64).writeBytes(magic).writeVarLong(raw.length);
        byte[] chunk = new byte[1 << 16];
        while (!deflater.finished()) {
            int n = deflater.deflate(chunk);
            out.writeBytes(n == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, n));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** Checks the magic and returns the inflated body of a {@link #frame}, within {@code maxBodyBytes}. */
    static byte[] unframe(byte[] bytes, byte[] magic, int maxBodyBytes) {
        BinaryReader head = new BinaryReader(bytes);
        expectMagic(head, magic);
        int bodyLength = head.readVarInt(1, maxBodyBytes, "body length");
        return inflate(bytes, head.position(), bodyLength);
    }

    static CollaborativeText decode(byte[] bytes, byte[] magic, TextCodec.Limits limits) {
        BinaryReader r = new BinaryReader(unframe(bytes, magic, limits.maxBodyBytes()));
        CollaborativeText t = CollaborativeText.create();
        int agentCount = r.readVarInt(0, limits.maxAgents(), "agent count");
        for (int i = 0; i < agentCount; i++) {
            String agent = r.readString(1024, "agent");
            if (agent.isBlank() || t.agentId(agent) != i) {
                throw r.fail("blank or duplicate agent " + agent);
            }
        }
        int n = r.readVarInt(0, limits.maxRuns(), "run count");
        int[] agent = new int[n];
        long[] counter = new long[n];
        int[] len = new int[n];
        for (int i = 0; i < n; i++) {
            agent[i] = r.readVarInt(0, agentCount - 1, "agent index");
        }
        for (int i = 0; i < n; i++) {
            len[i] = r.readVarInt(1, limits.maxBodyBytes(), "run length");
        }
        long prevEnd = 0;
        for (int i = 0; i < n; i++) {
            counter[i] = prevEnd + r.readSignedVarLong();
            if (counter[i] < 1 || counter[i] > Long.MAX_VALUE / 4) {
                throw r.fail("counter " + counter[i] + " out of range");
            }
            prevEnd = counter[i] + len[i];
        }
        int[] flags = new int[n];
        for (int i = 0; i < n; i++) {
            flags[i] = r.readVarInt(0, 5, "run flags");
        }
        return new StateBuilder(t, r, limits).build(agent, counter, len, flags);
    }

    static void expectMagic(BinaryReader r, byte[] magic) {
        byte[] got = r.readBytes(Math.min(magic.length, r.remaining()));
        if (!java.util.Arrays.equals(got, magic)) {
            throw new MalformedEncodingException("not a text encoding of this version (wrong magic or version byte)");
        }
    }

    private static byte[] inflate(byte[] bytes, int offset, int bodyLength) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, offset, bytes.length - offset);
            byte[] raw = new byte[bodyLength];
            int got = 0;
            while (got < bodyLength && !inflater.finished()) {
                int k = inflater.inflate(raw, got, bodyLength - got);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new MalformedEncodingException("compressed body is truncated");
                }
                got += k;
            }
            if (got != bodyLength || !inflater.finished() || inflater.getRemaining() != 0) {
                throw new MalformedEncodingException("compressed body does not match its declared length " + bodyLength);
            }
            return raw;
        } catch (DataFormatException e) {
            throw new MalformedEncodingException("compressed body is corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
