package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.Value;

/** One local edit of a document, as an app asks for it; text positions count Unicode code points, list positions elements. */
public sealed interface Mutation {

    /** Sets a field (a register write superseding what this replica sees there). */
    record SetField(String field, Value value) implements Mutation {
    }

    /** Removes a field's values as this replica sees them. */
    record RemoveField(String field) implements Mutation {
    }

    /** Deletes the whole document (a tombstone, final). */
    record DeleteDocument() implements Mutation {
    }

    /** Adds {@code delta} (may be negative) to a counter. */
    record IncrementCounter(String field, long delta) implements Mutation {
    }

    /** Inserts non-empty {@code text} at code point {@code position} of a text field. */
    record InsertText(String field, int position, String text) implements Mutation {
    }

    /** Deletes {@code count} code points from {@code position} of a text field. */
    record DeleteText(String field, int position, int count) implements Mutation {
    }

    /** Inserts {@code values} (at least one) into the list {@code field} before element {@code position}. */
    record InsertListItems(String field, int position, java.util.List<Value> values) implements Mutation {
        public InsertListItems {
            values = java.util.List.copyOf(values);
        }
    }

    /** Deletes {@code count} elements from {@code position} of a list field. */
    record DeleteListItems(String field, int position, int count) implements Mutation {
    }
}
