package io.cosmicsync.application.collection.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.collection.Collection;

/**
 * Reads a collection with all its versions; any member may. Refusal: {@code NotFound} (no such project or
 * collection, or the actor is not a member). A malformed name throws {@code InvalidValueException}.
 */
public interface GetCollectionUseCase {

    Outcome<Collection> getCollection(GetCollectionQuery query);
}
