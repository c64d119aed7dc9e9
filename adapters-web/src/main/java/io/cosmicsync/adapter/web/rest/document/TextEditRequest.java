package io.cosmicsync.adapter.web.rest.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Edits of a collaborative text field, applied in order as one change.
 *
 * @param operations each deletes {@code delete} code points at {@code position}, then inserts {@code insert} there
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record TextEditRequest(@NotNull List<Operation> operations) {

    /**
     * One edit.
     *
     * @param position where, in Unicode code points from the start of the text as the previous operations left it
     * @param delete   how many code points to delete there (default 0)
     * @param insert   what to insert there (default none)
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Operation(int position, @Nullable Integer delete, @Nullable String insert) {
    }
}
