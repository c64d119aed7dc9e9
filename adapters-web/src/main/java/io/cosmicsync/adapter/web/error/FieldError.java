package io.cosmicsync.adapter.web.error;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One invalid input field of a request.
 *
 * @param field   the field as the caller spelled it (JSON property or query parameter), e.g. {@code email}
 * @param message what is wrong and what is allowed
 */
@Serdeable
public record FieldError(String field, String message) {
}
