package io.cosmicsync.adapter.web.rest.document;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A collaborative text field after an edit.
 *
 * @param id    the document id
 * @param field the text field
 * @param text  its current content
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record TextResponse(String id, String field, String text) {
}
