package io.cosmicsync.application.document.service;

import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;

/** The gate of every document use case: the caller's access to the project, then the collection. */
final class DocumentAccess {

    private final ProjectAccessPolicy policy;
    private final LoadCollectionPort loadCollection;

    DocumentAccess(ProjectAccessPolicy policy, LoadCollectionPort loadCollection) {
        this.policy = policy;
        this.loadCollection = loadCollection;
    }

    /** The collection, when {@code actor} may do {@code action} in the project and it exists; else the refusal. */
    Outcome<Collection> collection(UserId actor, ProjectId projectId, CollectionName name, ProjectAction action) {
        AccessDecision access = policy.decide(actor, projectId, action);
        if (!access.allowed()) {
            return access.refusal();
        }
        return loadCollection.loadCollection(projectId, name).<Outcome<Collection>>map(Outcome::success)
                .orElseGet(() -> Outcome.notFound("collection " + name + " in project " + projectId));
    }

    /** The same refusal typed for another use case; {@code refused} must not be a success. */
    @SuppressWarnings("unchecked")
    static <T> Outcome<T> refusal(Outcome<?> refused) {
        if (refused instanceof Outcome.Success<?>) {
            throw new IllegalStateException("a success is no refusal");
        }
        return (Outcome<T>) refused;
    }

    static <T> Outcome<T> noDocument(String id, CollectionName name) {
        return Outcome.notFound("document " + id + " in collection " + name);
    }
}
