package io.cosmicsync.application.user.port.in;

import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * Change a profile; {@code null} fields stay as they are, lists replace the stored lists.
 *
 * @param actor     the authenticated caller; must be {@code userId}
 * @param userId    whose profile
 * @param name      display name or null
 * @param bio       bio or null
 * @param skills    skills or null
 * @param interests interests or null
 */
public record UpdateProfileCommand(UserId actor, UserId userId, String name, String bio,
                                   List<String> skills, List<String> interests) {

    public UpdateProfileCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(userId, "userId");
    }
}
