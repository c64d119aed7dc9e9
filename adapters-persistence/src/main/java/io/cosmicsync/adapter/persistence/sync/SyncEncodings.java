package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentCodec;
import io.cosmicsync.domain.sync.SyncException;

/**
 * Decodes the change and document bytes this node stored itself. The limits are those of storage
 * ({@link ChangeCodec.Limits#STORED}), not of the wire: a document grows past any single change (PostgreSQL's
 * {@code bytea} holds up to 1 GiB), and what was accepted once must load again. A row that does not decode is
 * corruption: a {@link StorageException}.
 */
final class SyncEncodings {
    private SyncEncodings() {
    }

    static Change change(byte[] body) {
        try {
            return ChangeCodec.decode(body, ChangeCodec.Limits.STORED);
        } catch (MalformedEncodingException | SyncException e) {
            throw new StorageException("a stored change does not decode: " + e.getMessage(), e);
        }
    }

    static Document document(byte[] state) {
        try {
            return DocumentCodec.decode(state, ChangeCodec.Limits.STORED);
        } catch (MalformedEncodingException | SyncException e) {
            throw new StorageException("a stored document does not decode: " + e.getMessage(), e);
        }
    }
}
