package io.cosmicsync.domain.recommendation;

import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * What the recommender knows about one person: the tags of their profile and their projects.
 *
 * @param userId    who
 * @param skills    profile skills, as stored (tags are compared ignoring case)
 * @param interests profile interests, as stored
 * @param projects  ids (canonical text) of the projects the person created or belongs to
 */
public record UserFeatures(UserId userId, List<String> skills, List<String> interests, List<String> projects) {

    public UserFeatures {
        Objects.requireNonNull(userId, "userId");
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
        projects = List.copyOf(projects);
    }
}
