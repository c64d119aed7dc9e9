package io.cosmicsync.application.document.port.in;

import io.cosmicsync.application.document.query.DocumentSelection;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Query a collection's documents.
 *
 * @param actor     the authenticated caller; any member
 * @param selection what to select
 */
public record QueryDocumentsQuery(UserId actor, DocumentSelection selection) {

    public QueryDocumentsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(selection, "selection");
    }
}
