package io.cosmicsync.application.common;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of a use case: a value, or an expected refusal the caller reports to its user.
 *
 * <p>Refusals are values, not exceptions (CONVENTIONS.md): adapters map each case to their protocol
 * in one place (for HTTP: 404, 403, 409, 401).
 *
 * @param <T> the value on success
 */
public sealed interface Outcome<T> {

    /** The use case did its work. */
    record Success<T>(T value) implements Outcome<T> {
        public Success {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The thing named does not exist (or the caller may not know it exists). */
    record NotFound<T>(String what) implements Outcome<T> {
    }

    /** The caller is known but may not do this. */
    record Forbidden<T>(String reason) implements Outcome<T> {
    }

    /** The request clashes with existing state, e.g. a taken username; {@code field} names the culprit. */
    record Conflict<T>(String field, String reason) implements Outcome<T> {
    }

    /**
     * The request is well-formed but what it would produce breaks a rule of the data, e.g. a document that
     * does not match its collection's schema; {@code violations} lists each broken rule.
     */
    record Invalid<T>(String reason, java.util.List<Violation> violations) implements Outcome<T> {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
            violations = java.util.List.copyOf(violations);
        }
    }

    /**
     * One broken rule of an {@link Invalid} outcome.
     *
     * @param field   where, as the caller spells it (a JSON pointer such as {@code /title}, or a field name)
     * @param message what is wrong
     */
    record Violation(String field, String message) {
    }

    /** The caller's credentials (password, refresh token) do not hold. */
    record Unauthenticated<T>(String reason) implements Outcome<T> {
    }

    static <T> Outcome<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Outcome<T> notFound(String what) {
        return new NotFound<>(what);
    }

    static <T> Outcome<T> forbidden(String reason) {
        return new Forbidden<>(reason);
    }

    static <T> Outcome<T> conflict(String field, String reason) {
        return new Conflict<>(field, reason);
    }

    static <T> Outcome<T> invalid(String reason, java.util.List<Violation> violations) {
        return new Invalid<>(reason, violations);
    }

    static <T> Outcome<T> unauthenticated(String reason) {
        return new Unauthenticated<>(reason);
    }

    /** The same refusal for another value type, or the success value mapped by {@code f}. */
    @SuppressWarnings("unchecked")
    default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Success<T> success) {
            return new Success<>(f.apply(success.value()));
        }
        return (Outcome<R>) this;
    }
}
