package io.cosmicsync.adapter.web.rest.collection;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A project's collections by name.
 *
 * @param items the collections
 */
@Serdeable
public record CollectionListResponse(List<CollectionResponse> items) {
}
