package io.cosmicsync.bootstrap.bench;

import io.cosmicsync.application.sync.trace.EditingTrace;

/**
 * One collaborative-text implementation under benchmark: builds a document from a sequential trace
 * (every patch applied as a local edit, history kept), saves it with its history, loads it back.
 *
 * @param <D> the document type
 */
interface TextSubject<D> {

    /** Short name printed in the report, e.g. {@code "cosmicsync"}. */
    String name();

    /** Applies every patch of {@code trace}, in order, to a new empty document. */
    D apply(EditingTrace trace);

    /** The document with its history, as bytes. */
    byte[] save(D document);

    /** A document decoded from {@link #save}'s bytes. */
    D load(byte[] bytes);

    /** The visible text. */
    String content(D document);

    /** Releases what the document holds outside the Java heap (nothing for a pure-Java one). */
    default void free(D document) {
    }
}
