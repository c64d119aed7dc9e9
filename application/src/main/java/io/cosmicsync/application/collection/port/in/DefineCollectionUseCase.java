package io.cosmicsync.application.collection.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.collection.Collection;

/**
 * Defines a collection with its first schema version; owners and editors may. Refusals: {@code NotFound}
 * (no such project, or the actor is not a member), {@code Forbidden} for viewers, {@code Conflict} on
 * {@code name} when the project has a collection of that name. An unusable name, schema, index or policy
 * throws {@code InvalidValueException} naming {@code name}, {@code schema}, {@code indexes} or
 * {@code conflict_policies}.
 */
public interface DefineCollectionUseCase {

    Outcome<Collection> defineCollection(DefineCollectionCommand command);
}
