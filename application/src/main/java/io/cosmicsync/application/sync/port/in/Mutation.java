package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.Value;

/** One local edit of a document, as an app asks for it; positions and counts are in Unicode code points. */
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
}
