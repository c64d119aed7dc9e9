package io.cosmicsync.domain.sync;

/**
 * Address of a replicated document: the scope it replicates in (for example a project id, which is
 * also its gossip topic), its collection (like a table) and its id in that collection.
 *
 * @param scope      non-blank, at most 200 chars
 * @param collection non-blank, at most 200 chars
 * @param id         non-blank, at most 200 chars
 */
public record DocumentRef(String scope, String collection, String id) implements Comparable<DocumentRef> {

    public DocumentRef {
        check(scope, "scope");
        check(collection, "collection");
        check(id, "id");
    }

    private static void check(String s, String what) {
        if (s == null || s.isBlank() || s.length() > 200) {
            throw new IllegalArgumentException("document " + what + " must be a non-blank string of at most 200 chars");
        }
    }

    @Override
    public int compareTo(DocumentRef o) {
        int c = scope.compareTo(o.scope);
        c = c != 0 ? c : collection.compareTo(o.collection);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
