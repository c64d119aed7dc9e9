package io.cosmicsync.application.document.port.in;

/** How a {@link WriteDocumentCommand}'s fields meet the stored document. */
public enum WriteMode {
    /** A new document; refused (409) when the id is taken, even by a deleted document. */
    CREATE,
    /** The whole document: fields not given are removed. Creates the document when the id was never used. */
    REPLACE,
    /** A JSON merge patch (RFC 7396) of an existing document: a null removes a field, objects merge deeply. */
    MERGE
}
