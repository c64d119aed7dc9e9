package io.cosmicsync.adapter.web.error;

import io.cosmicsync.domain.common.InvalidValueException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A value that breaks a domain rule is the caller's mistake: 400 naming the field. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public final class InvalidValueExceptionHandler implements ExceptionHandler<InvalidValueException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidValueException exception) {
        return Problems.invalidField(exception.field(), exception.reason(), request);
    }
}
