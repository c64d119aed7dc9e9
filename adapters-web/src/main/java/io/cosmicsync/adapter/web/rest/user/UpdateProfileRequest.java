package io.cosmicsync.adapter.web.rest.user;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/profiles/{id}}: fields left out keep their value; lists replace the stored
 * ones. Limits: name 100, bio 2,000 characters; at most 100 skills and 100 interests of 50 characters.
 */
@Serdeable
public record UpdateProfileRequest(String name, String bio, List<String> skills, List<String> interests) {
}
