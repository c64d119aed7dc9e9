package io.cosmicsync.adapter.web.rest.project.member;

import io.cosmicsync.domain.project.ProjectMember;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * All members of a project, oldest membership first.
 *
 * @param items the memberships
 */
@Serdeable
public record ProjectMemberListResponse(List<ProjectMemberResponse> items) {

    public static ProjectMemberListResponse from(List<ProjectMember> members) {
        return new ProjectMemberListResponse(members.stream().map(ProjectMemberResponse::from).toList());
    }
}
