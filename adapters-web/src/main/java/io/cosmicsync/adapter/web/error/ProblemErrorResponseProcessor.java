package io.cosmicsync.adapter.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders every error the framework produces itself (unknown route, 405, 406, 413, 415, unreadable
 * JSON, wrong parameter types, 401/403 from security) as an RFC 9457 problem body instead of
 * Micronaut's default JSON or HTML page.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<FieldError> fields = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldError(fieldName(error.getPath().get()), error.getMessage()))
                .toList();
        String detail = context.getErrors().stream().map(Error::getMessage)
                .filter(message -> message != null && !message.equals(status.getReason()))
                .collect(Collectors.joining("; "));
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(),
                detail.isEmpty() ? hint(status) : detail,
                context.getRequest().getPath(), fields);
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    /** Micronaut names fields as JSON pointers ({@code /limit}); callers know them as plain names. */
    private static String fieldName(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String hint(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Send a valid access token: 'Authorization: Bearer <access_token>' "
                    + "from POST /api/v1/auth/login; expired or logged-out tokens are refused.";
            case FORBIDDEN -> "Your account may not do this.";
            case NOT_FOUND -> "No such resource; see /swagger-ui/ for the API.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
            default -> status.getReason();
        };
    }
}
