package io.cosmicsync.application.replication;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.user.User;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes this node's accounts, projects and memberships into their sync documents
 * ({@link DirectoryDocuments}) after the use case that changed them succeeded, so peers receive them.
 * The table write and the sync write are two transactions: if the second fails it is logged and the
 * record stays local until it changes again.
 */
public final class DirectoryReplicator {
    private static final System.Logger LOG = System.getLogger(DirectoryReplicator.class.getName());

    private final ApplyLocalMutationUseCase applyLocal;

    public DirectoryReplicator(ApplyLocalMutationUseCase applyLocal) {
        this.applyLocal = applyLocal;
    }

    /** Replicates {@code outcome}'s value with {@code replicate} when it is a success; returns the outcome. */
    public <T> Outcome<T> afterSuccess(Outcome<T> outcome, Consumer<T> replicate) {
        if (outcome instanceof Outcome.Success<T> success) {
            replicate.accept(success.value());
        }
        return outcome;
    }

    public void collectionSaved(Collection collection) {
        write(DirectoryDocuments.collectionRef(collection.projectId(), collection.name()), DirectoryDocuments.collectionFields(collection));
    }

    public void userSaved(User user) {
        write(DirectoryDocuments.userRef(user.id()), DirectoryDocuments.userFields(user));
    }

    public void projectSaved(Project project) {
        write(DirectoryDocuments.projectRef(project.id()), DirectoryDocuments.projectFields(project));
    }

    public void memberSaved(ProjectMember member) {
        write(DirectoryDocuments.memberRef(member.projectId(), member.userId()), DirectoryDocuments.memberFields(member));
    }

    public void memberRemoved(ProjectMember member) {
        write(DirectoryDocuments.memberRef(member.projectId(), member.userId()), DirectoryDocuments.memberRemoved());
    }

    private void write(DocumentRef ref, List<Mutation> fields) {
        try {
            LocalMutationResult result = applyLocal.applyLocalMutation(new ApplyLocalMutationCommand(ref, fields));
            if (result instanceof LocalMutationResult.Refused refused) {
                LOG.log(System.Logger.Level.WARNING, "not replicated: {0}: {1}", ref, refused.reason());
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "not replicated: " + ref, e);
        }
    }
}
