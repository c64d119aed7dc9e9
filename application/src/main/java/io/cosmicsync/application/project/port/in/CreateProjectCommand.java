package io.cosmicsync.application.project.port.in;

import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Create a project.
 *
 * @param creator     the authenticated caller, who becomes its creator and first owner
 * @param name        1–100 characters
 * @param description at most 2,000 characters, or null
 */
public record CreateProjectCommand(UserId creator, String name, String description) {

    public CreateProjectCommand {
        Objects.requireNonNull(creator, "creator");
    }
}
