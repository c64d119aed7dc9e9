package io.cosmicsync.adapter.web.rest.project.member;

import io.cosmicsync.domain.project.ProjectMember;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * A membership as the API shows it.
 *
 * @param projectId the project
 * @param userId    the member
 * @param role      {@code owner}, {@code editor} or {@code viewer}
 * @param addedAt   when the user became a member (kept across role changes)
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ProjectMemberResponse(String projectId, String userId, String role, Instant addedAt) {

    public static ProjectMemberResponse from(ProjectMember member) {
        return new ProjectMemberResponse(member.projectId().toString(), member.userId().toString(),
                member.role().token(), member.addedAt());
    }
}
