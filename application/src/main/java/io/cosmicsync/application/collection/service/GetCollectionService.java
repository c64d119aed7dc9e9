package io.cosmicsync.application.collection.service;

import io.cosmicsync.application.collection.port.in.GetCollectionQuery;
import io.cosmicsync.application.collection.port.in.GetCollectionUseCase;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.project.ProjectAction;

/** Reads a collection definition for any member. */
public final class GetCollectionService implements GetCollectionUseCase {

    private final ProjectAccessPolicy policy;
    private final LoadCollectionPort loadCollection;

    public GetCollectionService(ProjectAccessPolicy policy, LoadCollectionPort loadCollection) {
        this.policy = policy;
        this.loadCollection = loadCollection;
    }

    @Override
    public Outcome<Collection> getCollection(GetCollectionQuery query) {
        AccessDecision access = policy.decide(query.actor(), query.projectId(), ProjectAction.READ);
        if (!access.allowed()) {
            return access.refusal();
        }
        CollectionName name = new CollectionName(query.name());
        return loadCollection.loadCollection(query.projectId(), name).<Outcome<Collection>>map(Outcome::success)
                .orElseGet(() -> Outcome.notFound("collection " + name + " in project " + query.projectId()));
    }
}
