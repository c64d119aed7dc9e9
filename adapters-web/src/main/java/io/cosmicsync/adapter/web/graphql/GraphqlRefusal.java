package io.cosmicsync.adapter.web.graphql;

import io.cosmicsync.application.common.Outcome;

/**
 * A use case's expected refusal (or a missing token) on its way to the caller as a GraphQL error with
 * {@code extensions.code}: {@code NOT_FOUND}, {@code FORBIDDEN}, {@code CONFLICT} (with
 * {@code extensions.field}) or {@code UNAUTHENTICATED}. Thrown by data fetchers, turned into an error by
 * {@link GraphqlErrors}; never logged as a failure.
 */
public final class GraphqlRefusal extends RuntimeException {

    private final String code;
    private final String field;

    GraphqlRefusal(String code, String message, String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    /** The {@code extensions.code} of the error. */
    public String code() {
        return code;
    }

    /** The input field at fault, or null. */
    public String field() {
        return field;
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
        if (refused instanceof Outcome.Unauthenticated<?> unauthenticated) {
            return new GraphqlRefusal("UNAUTHENTICATED", unauthenticated.reason(), null);
        }
        throw new IllegalArgumentException("not a refusal: " + refused);
    }
}
