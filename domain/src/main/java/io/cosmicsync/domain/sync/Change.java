package io.cosmicsync.domain.sync;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The unit of replication: operations by one author, stamped with its hybrid logical clock, naming the
 * changes it causally depends on (the author's heads when it was made). Its id is the SHA-256 of its
 * canonical encoding ({@link ChangeCodec}); every way of making one computes and checks it, so a
 * {@code Change} object can never carry a forged id ({@link SyncException} otherwise).
 *
 * <p>A change keeps its canonical encoding, made (or, when decoded, checked) once: storing and sending it
 * ({@link ChangeCodec#encode}) costs a copy, not another encoding. Equal when the ids are (the id is a hash of
 * everything else). Immutable.
 */
public final class Change {
    private final ChangeId id;
    private final PeerId author;
    private final Hlc hlc;
    private final SortedSet<ChangeId> dependencies;
    private final List<Operation> operations;
    private final byte[] encoding;

    /**
     * A change whose id is given: checked against its content.
     *
     * @param id           SHA-256 content address
     * @param author       the peer that made it
     * @param hlc          its timestamp; every operation in it shares it
     * @param dependencies ids of direct causal predecessors (kept sorted)
     * @param operations   applied in order, at least one, at most {@link ChangeCodec#MAX_OPERATIONS}
     * @throws IllegalArgumentException when a part is missing or there are no or too many operations
     * @throws SyncException            when {@code id} is not the hash of the content
     */
    public Change(ChangeId id, PeerId author, Hlc hlc, SortedSet<ChangeId> dependencies, List<Operation> operations) {
        this(author, hlc, dependencies, operations, null);
        if (!this.id.equals(id)) {
            throw new SyncException("change id " + id + " does not match its content (" + this.id + ")");
        }
    }

    /** Encodes the content (checking it); the id is the hash of {@code decoded} when given, which must equal that encoding. */
    private Change(PeerId author, Hlc hlc, SortedSet<ChangeId> dependencies, List<Operation> operations, byte[] decoded) {
        if (author == null || hlc == null || dependencies == null || operations == null || operations.isEmpty()) {
            throw new IllegalArgumentException("a change needs an author, an HLC, dependencies and at least one operation");
        }
        if (operations.size() > ChangeCodec.MAX_OPERATIONS) {
            throw new IllegalArgumentException("a change holds at most " + ChangeCodec.MAX_OPERATIONS + " operations");
        }
        this.author = author;
        this.hlc = hlc;
        this.dependencies = Collections.unmodifiableSortedSet(new TreeSet<>(dependencies));
        this.operations = List.copyOf(operations);
        this.encoding = ChangeCodec.content(author, hlc, this.dependencies, this.operations);
        if (decoded != null && !Arrays.equals(encoding, decoded)) {
            throw new SyncException("change encoding is not canonical");
        }
        this.id = ChangeCodec.hash(encoding);
    }

    /** A new change; computes its id. */
    public static Change create(PeerId author, Hlc hlc, Set<ChangeId> dependencies, List<Operation> operations) {
        return new Change(author, hlc, new TreeSet<>(dependencies), operations, null);
    }

    /**
     * The change read from {@code bytes} into its parts, by {@link ChangeCodec#decode}.
     *
     * @throws SyncException when {@code bytes} is not the canonical encoding of those parts
     */
    static Change decoded(byte[] bytes, PeerId author, Hlc hlc, SortedSet<ChangeId> dependencies, List<Operation> operations) {
        return new Change(author, hlc, dependencies, operations, bytes);
    }

    /** SHA-256 content address. */
    public ChangeId id() {
        return id;
    }

    /** The peer that made it. */
    public PeerId author() {
        return author;
    }

    /** Its timestamp; every operation in it shares it. */
    public Hlc hlc() {
        return hlc;
    }

    /** Ids of direct causal predecessors, sorted, unmodifiable. */
    public SortedSet<ChangeId> dependencies() {
        return dependencies;
    }

    /** Applied in order; unmodifiable. */
    public List<Operation> operations() {
        return operations;
    }

    /** The stamp its writes carry. */
    public OpStamp stamp() {
        return new OpStamp(hlc, author);
    }

    /** The canonical encoding (a copy). */
    byte[] encoding() {
        return encoding.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Change other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Change[id=" + id + ", author=" + author + ", hlc=" + hlc + ", dependencies=" + dependencies
                + ", operations=" + operations.size() + "]";
    }
}
