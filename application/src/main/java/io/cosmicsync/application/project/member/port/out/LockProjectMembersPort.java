package io.cosmicsync.application.project.member.port.out;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMembers;
import java.util.Optional;

/**
 * Serializes membership changes of one project: the first call in a transaction waits until no other
 * transaction holds the project's membership, then holds it until this transaction ends. So two owners
 * demoting each other at the same time cannot leave a project without an owner.
 * Must be called inside {@code TransactionPort.inTransaction}.
 */
public interface LockProjectMembersPort {

    /** Locks and returns the project's members; empty (and nothing locked) when there is no such project. */
    Optional<ProjectMembers> lockMembers(ProjectId projectId);
}
