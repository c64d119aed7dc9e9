package io.cosmicsync.domain.text;

import io.cosmicsync.domain.encoding.BinaryWriter;
import java.util.List;

/**
 * An operation on a {@link CollaborativeText}, produced by a local edit and replayed on every replica.
 * Operations must be delivered in causal order (an insert after its origin, a delete after the
 * inserts it removes); applying one twice changes nothing.
 */
public sealed interface TextOp {

    /**
     * Inserts {@code text} right after the character {@code origin} ({@code null}: at the start), RGA
     * style: concurrent inserts at the same origin are ordered by descending {@link CharId}.
     *
     * @param id     id of the first inserted code point; the others follow with consecutive counters
     * @param origin the character the text was typed after, or {@code null} for the document start
     * @param text   the inserted text, not empty, well-formed UTF-16 (no unpaired surrogate, so it
     *               survives UTF-8 encoding unchanged)
     */
    record Insert(CharId id, CharId origin, String text) implements TextOp {
        public Insert {
            if (id == null || text == null || text.isEmpty()) {
                throw new IllegalArgumentException("an insert needs an id and a non-empty text");
            }
            if (!BinaryWriter.isWellFormed(text)) {
                throw new IllegalArgumentException("text contains an unpaired surrogate; it must be valid Unicode");
            }
            if (origin != null && origin.counter() >= id.counter()) {
                throw new IllegalArgumentException("the origin's counter must be below the insert's (Lamport order)");
            }
        }

        /** Number of inserted code points. */
        public int length() {
            return text.codePointCount(0, text.length());
        }
    }

    /**
     * Marks the characters in {@code spans} as deleted (tombstones, kept for merging).
     *
     * @param spans id ranges to delete, not empty
     */
    record Delete(List<IdSpan> spans) implements TextOp {
        public Delete {
            if (spans == null || spans.isEmpty()) {
                throw new IllegalArgumentException("a delete needs at least one span");
            }
            spans = List.copyOf(spans);
        }
    }
}
