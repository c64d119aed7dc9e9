package io.cosmicsync.application.collection.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.collection.Collection;
import java.util.List;

/** Lists a project's collections by name; any member may. Refusal: {@code NotFound} as for projects. */
public interface ListCollectionsUseCase {

    Outcome<List<Collection>> listCollections(ListCollectionsQuery query);
}
