package io.cosmicsync.application.collection.service;

import io.cosmicsync.application.collection.port.in.ListCollectionsQuery;
import io.cosmicsync.application.collection.port.in.ListCollectionsUseCase;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.project.ProjectAction;
import java.util.List;

/** Lists a project's collections for any member. */
public final class ListCollectionsService implements ListCollectionsUseCase {

    private final ProjectAccessPolicy policy;
    private final LoadCollectionPort loadCollection;

    public ListCollectionsService(ProjectAccessPolicy policy, LoadCollectionPort loadCollection) {
        this.policy = policy;
        this.loadCollection = loadCollection;
    }

    @Override
    public Outcome<List<Collection>> listCollections(ListCollectionsQuery query) {
        AccessDecision access = policy.decide(query.actor(), query.projectId(), ProjectAction.READ);
        if (!access.allowed()) {
            return access.refusal();
        }
        return Outcome.success(loadCollection.loadCollections(query.projectId()));
    }
}
