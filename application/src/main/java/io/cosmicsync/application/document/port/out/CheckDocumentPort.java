package io.cosmicsync.application.document.port.out;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.sync.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks documents against a collection's JSON Schema (draft 2020-12, a usable schema as
 * {@code CheckSchemaPort} accepts it).
 */
public interface CheckDocumentPort {

    /** Marks a top-level {@code "type": "string"} property as a collaborative text field: {@code "x-collaborative": true}. */
    String COLLABORATIVE_KEYWORD = "x-collaborative";

    /**
     * What makes {@code document} (its top-level fields) invalid under {@code schema}: each violation's
     * field is a JSON pointer ({@code /title}, {@code /address/city}, empty for the whole document);
     * empty when valid. At most a few dozen violations are reported.
     */
    List<Outcome.Violation> violations(String schema, Map<String, Value> document);

    /** The top-level properties {@code schema} declares as collaborative text ({@link #COLLABORATIVE_KEYWORD}). */
    Set<String> collaborativeTextFields(String schema);
}
