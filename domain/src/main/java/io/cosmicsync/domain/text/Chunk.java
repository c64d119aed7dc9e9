package io.cosmicsync.domain.text;

/** A node of the chunked run list: up to {@link #MAX} runs in document order and their visible length. */
final class Chunk {
    static final int MAX = 64;

    final Run[] runs = new Run[MAX];
    int size;
    int visible;
    Chunk prev;
    Chunk next;

    int indexOf(Run r) {
        for (int i = 0; i < size; i++) {
            if (runs[i] == r) {
                return i;
            }
        }
        throw new TextException("run not found in its chunk");
    }

    /** Inserts {@code r} at {@code i}; the caller guarantees room and accounts its visible length. */
    void insert(int i, Run r) {
        System.arraycopy(runs, i, runs, i + 1, size - i);
        runs[i] = r;
        size++;
        r.chunk = this;
    }

    /** Moves the upper half of the runs into a new chunk linked after this one and returns it. */
    Chunk splitHalf() {
        Chunk n = new Chunk();
        int half = size / 2;
        for (int i = half; i < size; i++) {
            Run r = runs[i];
            n.runs[i - half] = r;
            r.chunk = n;
            n.visible += r.visible();
            runs[i] = null;
        }
        n.size = size - half;
        size = half;
        visible -= n.visible;
        n.next = next;
        n.prev = this;
        if (next != null) {
            next.prev = n;
        }
        next = n;
        return n;
    }
}
