package io.cosmicsync.application.document.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.query.DocumentPage;

/**
 * Queries a collection's live documents (filter, sort, cursor pagination, projection) for any member.
 * Refusals: {@code NotFound} for no such project or collection, or a non-member. A cursor that this kind
 * of query did not return throws {@code InvalidValueException} on {@code cursor}.
 */
public interface QueryDocumentsUseCase {

    Outcome<DocumentPage> queryDocuments(QueryDocumentsQuery query);
}
