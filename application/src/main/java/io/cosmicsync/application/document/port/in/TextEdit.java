package io.cosmicsync.application.document.port.in;

import io.cosmicsync.domain.common.InvalidValueException;

/**
 * One edit of a collaborative text: delete {@code delete} code points at {@code position}, then insert
 * {@code insert} there. Positions count Unicode code points of the text as it is after the previous
 * edits of the same request.
 *
 * @param position where, from 0 to the text's length
 * @param delete   how many code points to delete, 0 or more
 * @param insert   what to insert, possibly empty; null counts as empty
 */
public record TextEdit(int position, int delete, String insert) {

    public TextEdit {
        insert = insert == null ? "" : insert;
        if (position < 0 || delete < 0) {
            throw new InvalidValueException("operations", "position and delete must not be negative");
        }
        if (delete == 0 && insert.isEmpty()) {
            throw new InvalidValueException("operations", "each operation must delete or insert something");
        }
    }
}
