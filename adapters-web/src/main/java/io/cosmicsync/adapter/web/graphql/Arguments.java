package io.cosmicsync.adapter.web.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.util.Locale;
import java.util.Map;

/** Reads GraphQL arguments into the application's values; a malformed id is {@code BAD_USER_INPUT}. */
final class Arguments {

    private Arguments() {
    }

    static ProjectId projectId(DataFetchingEnvironment environment, String name) {
        return ProjectId.parse(environment.getArgument(name));
    }

    static UserId userId(DataFetchingEnvironment environment, String name) {
        return UserId.parse(environment.getArgument(name));
    }

    static ProjectRole role(DataFetchingEnvironment environment) {
        String role = environment.getArgument("role");
        return ProjectRole.parse("role", role.toLowerCase(Locale.ROOT));
    }

    /** The {@code input} argument as a map of its fields. */
    static Map<String, Object> input(DataFetchingEnvironment environment) {
        return environment.getArgument("input");
    }

    @SuppressWarnings("unchecked")
    static <T> T field(Map<String, Object> input, String name) {
        return (T) input.get(name);
    }
}
