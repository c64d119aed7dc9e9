package io.cosmicsync.adapter.web.rest.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * One page of a document query.
 *
 * @param items      the documents, in the query's order
 * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentPageResponse(List<DocumentResponse> items, String nextCursor) {
}
