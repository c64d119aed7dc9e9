package io.cosmicsync.adapter.persistence.common;

/**
 * The store failed in a way no caller can act on: the database is unreachable, a statement failed
 * unexpectedly, or a row breaks an invariant the schema should have kept. Always a bug or an outage;
 * the web adapter maps it to a 500.
 */
public final class StorageException extends RuntimeException {

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
