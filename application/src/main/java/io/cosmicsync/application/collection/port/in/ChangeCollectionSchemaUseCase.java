package io.cosmicsync.application.collection.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.collection.Collection;

/**
 * Adds the next schema version to a collection; owners and editors may. A version that would break
 * documents written under the current one (a removed or newly required property, a narrowed type or
 * limit) is refused unless it declares a migration. Success carries the collection with the new version.
 * Refusals: {@code NotFound} (no such project or collection, or the actor is not a member),
 * {@code Forbidden} for viewers, {@code Conflict} on {@code schema} for a breaking change without a
 * migration (the reason lists what breaks) or when another version was added meanwhile. Unusable values
 * throw {@code InvalidValueException} as for {@link DefineCollectionUseCase}.
 */
public interface ChangeCollectionSchemaUseCase {

    Outcome<Collection> changeSchema(ChangeCollectionSchemaCommand command);
}
