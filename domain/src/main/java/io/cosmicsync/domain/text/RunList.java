package io.cosmicsync.domain.text;

/**
 * The runs of a text in document order, tombstones included: a doubly linked list of {@link Chunk}s
 * (a flat B-tree-ish rope) with each chunk's visible length, a cursor cache (the last chunk used and
 * the visible position where it starts) that makes nearby edits O(1), and an {@link IdIndex} from
 * (agent, counter) to run for remote operations.
 */
final class RunList {
    private final Chunk head = new Chunk();
    /** Runs by id. */
    final IdIndex ids = new IdIndex();
    private Chunk cacheChunk;
    private int cacheStart;
    int length;
    int runCount;

    /** Result of {@link #locate}: the run holding the visible code point and the offset in it. */
    Run locRun;
    int locOff;

    /** Finds the alive code point at visible position {@code pos} (0 &lt;= pos &lt; length). */
    void locate(int pos) {
        Chunk c = cacheChunk;
        int start = cacheStart;
        if (c == null) {
            c = head;
            start = 0;
        }
        while (pos < start) {
            c = c.prev;
            start -= c.visible;
        }
        while (pos >= start + c.visible) {
            start += c.visible;
            c = c.next;
        }
        cacheChunk = c;
        cacheStart = start;
        int off = pos - start;
        for (int i = 0; i < c.size; i++) {
            Run r = c.runs[i];
            int v = r.visible();
            if (off < v) {
                locRun = r;
                locOff = off;
                return;
            }
            off -= v;
        }
        throw new TextException("corrupt run list: chunk shorter than its visible length");
    }

    Run first() {
        for (Chunk c = head; c != null; c = c.next) {
            if (c.size > 0) {
                return c.runs[0];
            }
        }
        return null;
    }

    Run next(Run r) {
        Chunk c = r.chunk;
        int i = c.indexOf(r) + 1;
        while (i >= c.size) {
            c = c.next;
            if (c == null) {
                return null;
            }
            i = 0;
        }
        return c.runs[i];
    }

    /** Inserts {@code r} right after {@code prev} ({@code null}: at the very start). */
    void insertAfter(Run prev, Run r) {
        Chunk c = prev == null ? head : prev.chunk;
        int i = prev == null ? 0 : c.indexOf(prev) + 1;
        if (c.size == Chunk.MAX) {
            Chunk n = c.splitHalf();
            if (i > c.size) {
                i -= c.size;
                c = n;
            }
        }
        c.insert(i, r);
        visibleChanged(c, r.visible());
        ids.put(r);
        runCount++;
    }

    /** Splits {@code r} at code point offset {@code k} and returns the tail, now right after r. */
    Run split(Run r, int k) {
        Run tail = r.cut(k);
        visibleChanged(r.chunk, -tail.visible());
        insertAfter(r, tail);
        return tail;
    }

    /** Extends {@code r} by {@code n} code points ({@code text} is null for a deleted run). */
    void append(Run r, CharSequence text, int n) {
        if (!r.deleted) {
            r.text.append(text);
        }
        r.len += n;
        visibleChanged(r.chunk, r.deleted ? 0 : n);
    }

    void markDeleted(Run r) {
        visibleChanged(r.chunk, -r.len);
        r.markDeleted();
    }

    private void visibleChanged(Chunk c, int delta) {
        if (delta == 0) {
            return;
        }
        c.visible += delta;
        length += delta;
        if (c != cacheChunk && (cacheChunk == null || c != cacheChunk.next)) {
            cacheChunk = null;
        }
    }

    /** Visits every run in document order. */
    void forEach(java.util.function.Consumer<Run> action) {
        for (Chunk c = head; c != null; c = c.next) {
            for (int i = 0; i < c.size; i++) {
                action.accept(c.runs[i]);
            }
        }
    }
}
