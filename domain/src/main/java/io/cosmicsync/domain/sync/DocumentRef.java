package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.common.Texts;

/**
 * Address of a replicated document: the scope it replicates in (for example a project id, which is
 * also its gossip topic), its collection (like a table) and its id in that collection.
 *
 * Each part is a non-blank string of at most 200 chars, valid Unicode (no unpaired surrogate) without
 * control characters (below U+0020), so that it can be stored and indexed as text anywhere.
 *
 * @param scope      the scope
 * @param collection the collection
 * @param id         the id in the collection
 */
public record DocumentRef(String scope, String collection, String id) implements Comparable<DocumentRef> {

    public DocumentRef {
        check(scope, "scope");
        check(collection, "collection");
        check(id, "id");
    }

    private static void check(String s, String what) {
        if (s == null || s.isBlank() || s.length() > 200 || Texts.hasControlCharacter(s)
                || !io.cosmicsync.domain.encoding.BinaryWriter.isWellFormed(s)) {
            throw new IllegalArgumentException("document " + what
                    + " must be a non-blank string of at most 200 chars, valid Unicode without control characters");
        }
    }

    @Override
    public int compareTo(DocumentRef o) {
        int c = scope.compareTo(o.scope);
        c = c != 0 ? c : collection.compareTo(o.collection);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
