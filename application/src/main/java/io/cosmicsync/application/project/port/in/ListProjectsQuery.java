package io.cosmicsync.application.project.port.in;

import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Which of the caller's projects to list, in raw form as an API receives it; the service validates it.
 *
 * @param actor        the authenticated caller: only projects they are a member of are listed
 * @param creatorId    only projects created by this user id (UUID text), or null for all
 * @param nameContains only projects whose name contains this text ignoring case, or null
 * @param sort         {@code created_at}, {@code -created_at} (default), {@code name} or {@code -name}
 * @param cursor       the {@code next} cursor of the previous page, or null for the first page
 * @param limit        page size, 1 to {@value #MAX_LIMIT}; null for {@value #DEFAULT_LIMIT}
 */
public record ListProjectsQuery(UserId actor, String creatorId, String nameContains, String sort, String cursor,
                                Integer limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public ListProjectsQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
