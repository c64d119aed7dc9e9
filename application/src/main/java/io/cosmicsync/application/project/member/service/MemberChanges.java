package io.cosmicsync.application.project.member.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.out.LockProjectMembersPort;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMembers;
import io.cosmicsync.domain.user.UserId;
import java.util.function.Function;

/**
 * The frame of every membership change: one transaction that first locks the project's members, then
 * asks the access policy (so the actor's own role cannot change between check and write), then runs
 * the change on the locked member list.
 */
final class MemberChanges {

    private final ProjectAccessPolicy policy;
    private final LockProjectMembersPort lockMembers;
    private final TransactionPort transactions;

    MemberChanges(ProjectAccessPolicy policy, LockProjectMembersPort lockMembers, TransactionPort transactions) {
        this.policy = policy;
        this.lockMembers = lockMembers;
        this.transactions = transactions;
    }

    /** {@code change} applied to the locked members if {@code actor} may do {@code action}; else the refusal. */
    <T> Outcome<T> run(UserId actor, ProjectId projectId, ProjectAction action,
                       Function<ProjectMembers, Outcome<T>> change) {
        return transactions.inTransaction(() -> {
            var locked = lockMembers.lockMembers(projectId);
            AccessDecision access = policy.decide(actor, projectId, action);
            if (!access.allowed()) {
                return access.refusal();
            }
            return change.apply(locked.orElseThrow(() -> new IllegalStateException(
                    "project " + projectId + " has a member " + actor + " but could not be locked")));
        });
    }
}
