package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.text.TextOp;
import java.util.Set;
import java.util.TreeSet;

/**
 * One operation of a {@link Change}, addressed to a document. Writes name the writes they supersede
 * ({@code supersedes}: the live writes the author saw on that field), as Automerge's {@code pred}: what
 * is superseded goes, concurrent writes stay live and a {@link ConflictResolver} picks what to show.
 */
public sealed interface Operation {

    DocumentRef document();

    /** Sets {@code field} to {@code value}: a register write, last-writer-wins unless a resolver says otherwise. */
    record SetField(DocumentRef document, String field, Value value, Set<OpStamp> supersedes) implements Operation {
        public SetField {
            Operation.checkField(document, field);
            if (value == null) {
                throw new IllegalArgumentException("set needs a value; use NullValue for null");
            }
            supersedes = Operation.sorted(supersedes);
        }
    }

    /** Removes the writes the author saw on {@code field}; a concurrent set survives (add-wins). */
    record RemoveField(DocumentRef document, String field, Set<OpStamp> supersedes) implements Operation {
        public RemoveField {
            Operation.checkField(document, field);
            supersedes = Operation.sorted(supersedes);
        }
    }

    /** Deletes the document: a tombstone; the document stays deleted whatever arrives later. */
    record DeleteDocument(DocumentRef document) implements Operation {
        public DeleteDocument {
            if (document == null) {
                throw new IllegalArgumentException("delete needs a document");
            }
        }
    }

    /** Adds {@code delta} (may be negative) to the counter {@code field}: a PN-counter, increments commute. */
    record IncrementCounter(DocumentRef document, String field, long delta) implements Operation {
        public IncrementCounter {
            Operation.checkField(document, field);
        }
    }

    /** An insert into the collaborative text {@code field}. */
    record InsertText(DocumentRef document, String field, TextOp.Insert op) implements Operation {
        public InsertText {
            Operation.checkField(document, field);
            if (op == null) {
                throw new IllegalArgumentException("text insert needs an op");
            }
        }
    }

    /** A delete from the collaborative text {@code field}. */
    record DeleteText(DocumentRef document, String field, TextOp.Delete op) implements Operation {
        public DeleteText {
            Operation.checkField(document, field);
            if (op == null) {
                throw new IllegalArgumentException("text delete needs an op");
            }
        }
    }

    /**
     * Inserts {@code values} into the list {@code field}; {@code order} carries their ids and place
     * (one {@link ReplicatedList#PLACEHOLDER} per value).
     */
    record InsertListItems(DocumentRef document, String field, TextOp.Insert order, java.util.List<Value> values) implements Operation {
        public InsertListItems {
            Operation.checkField(document, field);
            values = java.util.List.copyOf(values);
            if (order == null || order.length() != values.size() || !order.text().equals(ReplicatedList.PLACEHOLDER.repeat(values.size()))) {
                throw new IllegalArgumentException("a list insert needs one placeholder per value");
            }
        }
    }

    /** Deletes elements of the list {@code field} by id. */
    record DeleteListItems(DocumentRef document, String field, TextOp.Delete order) implements Operation {
        public DeleteListItems {
            Operation.checkField(document, field);
            if (order == null) {
                throw new IllegalArgumentException("list delete needs an op");
            }
        }
    }

    private static void checkField(DocumentRef document, String field) {
        if (document == null || field == null || field.isBlank() || field.length() > 200) {
            throw new IllegalArgumentException("an operation needs a document and a non-blank field name of at most 200 chars");
        }
    }

    private static Set<OpStamp> sorted(Set<OpStamp> stamps) {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(stamps));
    }
}
