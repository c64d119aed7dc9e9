package io.cosmicsync.application.replication.port.out;

import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;

/**
 * Writes records that arrived from peers into this node's own tables, replacing what is there (the
 * sync core already resolved conflicts). Each call is its own transaction.
 */
public interface SaveReplicatedDirectoryPort {

    /** Inserts or replaces the user; false when its username or email belongs to another user here. */
    boolean upsertUser(User user);

    void upsertProject(Project project);

    /** Inserts or replaces the membership; false when the user or project is not on this node. */
    boolean upsertMember(ProjectMember member);

    void removeMember(ProjectId project, UserId user);
}
