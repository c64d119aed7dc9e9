package io.cosmicsync.application.project;

import io.cosmicsync.domain.common.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders a project list can take. Every order breaks ties by project id, so it is total and stable
 * under cursor pagination.
 */
public enum ProjectSort {
    CREATED_AT_ASC("created_at"),
    CREATED_AT_DESC("-created_at"),
    NAME_ASC("name"),
    NAME_DESC("-name");

    private final String token;

    ProjectSort(String token) {
        this.token = token;
    }

    /** The API spelling: a field name, descending when prefixed with {@code -}. */
    public String token() {
        return token;
    }

    /** Whether this order is descending. */
    public boolean descending() {
        return token.startsWith("-");
    }

    /** Parses the API spelling; {@code null} gives the default, newest first. */
    public static ProjectSort parse(String token) {
        if (token == null || token.isBlank()) {
            return CREATED_AT_DESC;
        }
        return Arrays.stream(values()).filter(s -> s.token.equals(token)).findFirst()
                .orElseThrow(() -> new InvalidValueException("sort", "must be one of "
                        + Arrays.stream(values()).map(ProjectSort::token).collect(Collectors.joining(", "))));
    }
}
