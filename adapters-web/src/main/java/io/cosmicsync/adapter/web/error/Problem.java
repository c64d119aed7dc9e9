package io.cosmicsync.adapter.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}).
 *
 * @param type     a URI reference naming the problem type; {@code about:blank} when the status says it all
 * @param title    a short summary of the type (the HTTP reason phrase for {@code about:blank})
 * @param status   the HTTP status code
 * @param detail   what went wrong in this occurrence and how to fix it
 * @param instance the request path
 * @param errors   one entry per invalid field (extension member), absent when none
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    /** The media type of every error response. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
