package io.cosmicsync.adapter.web.graphql;

import io.cosmicsync.application.common.Outcome;
import java.util.List;
import java.util.Map;

/**
 * A use case's expected refusal (or a missing token) on its way to the caller as a GraphQL error with
 * {@code extensions.code}: {@code NOT_FOUND}, {@code FORBIDDEN}, {@code CONFLICT} (with
 * {@code extensions.field}), {@code BAD_USER_INPUT} (with {@code extensions.violations}, e.g. a document that
 * breaks its collection's schema) or {@code UNAUTHENTICATED}. Thrown by data fetchers, turned into an error by
 * {@link GraphqlErrors}; never logged as a failure.
 */
public final class GraphqlRefusal extends RuntimeException {

    private final String code;
    private final String field;
    private final List<Map<String, String>> violations;

    GraphqlRefusal(String code, String message, String field) {
        this(code, message, field, List.of());
    }

    private GraphqlRefusal(String code, String message, String field, List<Map<String, String>> violations) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.violations = violations;
    }

    /** The {@code extensions.code} of the error. */
    public String code() {
        return code;
    }

    /** The input field at fault, or null. */
    public String field() {
        return field;
    }

    /** Each broken rule as {@code {field, message}}; empty unless the code is {@code BAD_USER_INPUT}. */
    public List<Map<String, String>> violations() {
        return violations;
    }

    static GraphqlRefusal unauthenticated() {
        return new GraphqlRefusal("UNAUTHENTICATED", "sign in: send an access token as 'Authorization: Bearer ...'",
                null);
    }

    /** The value of a successful outcome; a refusal is thrown as the matching GraphQL error. */
    static <T> T valueOf(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Success<T> success) {
            return success.value();
        }
        throw of(outcome);
    }

    /** The error for a refused outcome. */
    static GraphqlRefusal of(Outcome<?> refused) {
        if (refused instanceof Outcome.NotFound<?> notFound) {
            return new GraphqlRefusal("NOT_FOUND", "no " + notFound.what() + " exists", null);
        }
        if (refused instanceof Outcome.Forbidden<?> forbidden) {
            return new GraphqlRefusal("FORBIDDEN", forbidden.reason(), null);
        }
        if (refused instanceof Outcome.Conflict<?> conflict) {
            return new GraphqlRefusal("CONFLICT", conflict.reason(), conflict.field());
        }
        if (refused instanceof Outcome.Invalid<?> invalid) {
            return new GraphqlRefusal("BAD_USER_INPUT", invalid.reason(), null, invalid.violations().stream()
                    .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        }
        if (refused instanceof Outcome.Unauthenticated<?> unauthenticated) {
            return new GraphqlRefusal("UNAUTHENTICATED", unauthenticated.reason(), null);
        }
        throw new IllegalArgumentException("not a refusal: " + refused);
    }
}
