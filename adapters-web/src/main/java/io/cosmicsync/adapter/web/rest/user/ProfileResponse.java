package io.cosmicsync.adapter.web.rest.user;

import io.cosmicsync.domain.user.Profile;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/** A profile as the API shows it. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ProfileResponse(String userId, String name, String bio, List<String> skills, List<String> interests,
                              Instant updatedAt) {

    public static ProfileResponse from(Profile profile) {
        return new ProfileResponse(profile.userId().toString(), profile.name(), profile.bio(), profile.skills(),
                profile.interests(), profile.updatedAt());
    }
}
