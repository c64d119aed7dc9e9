package io.cosmicsync.application.project.port.in;

/**
 * Which projects to list, in raw form as an API receives it; the service validates it.
 *
 * @param creatorId    only projects created by this user id (UUID text), or null for all
 * @param nameContains only projects whose name contains this text ignoring case, or null
 * @param sort         {@code created_at}, {@code -created_at} (default), {@code name} or {@code -name}
 * @param cursor       the {@code next} cursor of the previous page, or null for the first page
 * @param limit        page size, 1 to {@value #MAX_LIMIT}; null for {@value #DEFAULT_LIMIT}
 */
public record ListProjectsQuery(String creatorId, String nameContains, String sort, String cursor, Integer limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
}
