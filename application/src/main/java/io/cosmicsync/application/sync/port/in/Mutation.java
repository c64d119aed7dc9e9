package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.Value;

/** One local edit of a document, as an app asks for it; text positions count Unicode code points, list positions elements. */
public sealed interface Mutation {

    record SetField(String field, Value value) implements Mutation {
    }

    record RemoveField(String field) implements Mutation {
    }

    record DeleteDocument() implements Mutation {
    }

    record IncrementCounter(String field, long delta) implements Mutation {
    }

    record InsertText(String field, int position, String text) implements Mutation {
    }

    record DeleteText(String field, int position, int count) implements Mutation {
    }

    /** Inserts {@code values} (at least one) into the list {@code field} before element {@code position}. */
    record InsertListItems(String field, int position, java.util.List<Value> values) implements Mutation {
        public InsertListItems {
            values = java.util.List.copyOf(values);
        }
    }

    record DeleteListItems(String field, int position, int count) implements Mutation {
    }
}
