package io.cosmicsync.adapter.web.error;

import io.cosmicsync.application.common.Outcome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.function.Function;

/** Builds problem responses; the one place where refusals and errors become HTTP statuses. */
public final class Problems {

    private Problems() {
    }

    /** A problem response with {@code status}, {@code detail} and optional field errors. */
    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail, HttpRequest<?> request,
                                                  List<FieldError> errors) {
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail,
                request == null ? null : request.getPath(), errors);
        return HttpResponse.<Problem>status(status).body(problem).contentType(Problem.MEDIA_TYPE);
    }

    /** A 400 naming one invalid field. */
    public static MutableHttpResponse<Problem> invalidField(String field, String message, HttpRequest<?> request) {
        return of(HttpStatus.BAD_REQUEST, "The request has an invalid field: " + field + " " + message,
                request, List.of(new FieldError(field, message)));
    }

    /**
     * The response for a use case outcome: {@code onSuccess} for a value; 404, 403, 409, 422 (with one
     * error per violation) or 401 for the refusals.
     */
    public static <T> MutableHttpResponse<?> respond(Outcome<T> outcome, HttpRequest<?> request,
                                                     Function<T, MutableHttpResponse<?>> onSuccess) {
        if (outcome instanceof Outcome.Success<T> success) {
            return onSuccess.apply(success.value());
        }
        if (outcome instanceof Outcome.NotFound<T> notFound) {
            return of(HttpStatus.NOT_FOUND, "No " + notFound.what() + " exists.", request, List.of());
        }
        if (outcome instanceof Outcome.Forbidden<T> forbidden) {
            return of(HttpStatus.FORBIDDEN, sentence(forbidden.reason()), request, List.of());
        }
        if (outcome instanceof Outcome.Conflict<T> conflict) {
            return of(HttpStatus.CONFLICT, sentence(conflict.reason()), request,
                    List.of(new FieldError(conflict.field(), conflict.reason())));
        }
        if (outcome instanceof Outcome.Invalid<T> invalid) {
            return of(HttpStatus.UNPROCESSABLE_ENTITY, sentence(invalid.reason()), request, invalid.violations()
                    .stream().map(v -> new FieldError(v.field(), v.message())).toList());
        }
        Outcome.Unauthenticated<T> refused = (Outcome.Unauthenticated<T>) outcome;
        return of(HttpStatus.UNAUTHORIZED, sentence(refused.reason()), request, List.of());
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
