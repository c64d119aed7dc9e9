package io.cosmicsync.application.project.member.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;

/** The refusals the membership use cases share, worded once. */
final class MemberRefusals {

    private MemberRefusals() {
    }

    static <T> Outcome<T> noSuchMember(ProjectId projectId, UserId userId) {
        return Outcome.notFound("member " + userId + " in project " + projectId);
    }

    static <T> Outcome<T> lastOwner(String field, UserId userId) {
        return Outcome.conflict(field, "user " + userId + " is the project's only owner and a project must keep "
                + "at least one; make another member an owner first");
    }
}
