package io.cosmicsync.application.sync.trace;

/**
 * One splice of an editing trace: delete {@code deleteCount} code points at {@code position}, then
 * insert {@code insertText} there (josephg/editing-traces format, positions in Unicode code points).
 *
 * @param position    code point offset, at least 0
 * @param deleteCount code points to delete, at least 0
 * @param insertText  text to insert, possibly empty, never null
 */
public record TracePatch(int position, int deleteCount, String insertText) {

    public TracePatch {
        if (position < 0 || deleteCount < 0 || insertText == null) {
            throw new IllegalArgumentException("a patch needs a position >= 0, a delete count >= 0 and a text");
        }
    }
}
