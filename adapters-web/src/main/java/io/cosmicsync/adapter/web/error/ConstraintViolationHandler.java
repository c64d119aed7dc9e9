package io.cosmicsync.adapter.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures on request bodies and parameters: 400 listing every invalid field by the
 * name the caller used (the last node of the property path, in snake_case).
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public final class ConstraintViolationHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String fields = String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
        return Problems.of(HttpStatus.BAD_REQUEST, "The request has invalid fields: " + fields, request, errors);
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String name = "request";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
