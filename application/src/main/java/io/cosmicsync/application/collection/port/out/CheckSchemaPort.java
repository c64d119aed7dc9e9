package io.cosmicsync.application.collection.port.out;

import io.cosmicsync.domain.collection.FieldPath;
import java.util.List;

/**
 * Reads JSON Schema (draft 2020-12) documents for collection definitions. A usable collection schema is
 * a JSON object, valid against the draft 2020-12 meta-schema, describing objects ({@code "type": "object"}),
 * and refers to nothing outside itself ({@code $ref} only to {@code #...}).
 */
public interface CheckSchemaPort {

    /** What makes {@code schema} unusable, one sentence each; empty when it is usable. */
    List<String> problemsOf(String schema);

    /** Whether the usable {@code schema} declares the property at {@code path} (through nested {@code properties}). */
    boolean declares(String schema, FieldPath path);

    /**
     * Why a document valid under {@code older} might be invalid under {@code newer}, one sentence each
     * naming the property and the change (removed, newly required, narrowed type, tighter limit, ...);
     * empty when {@code newer} provably accepts everything {@code older} accepts. Both must be usable.
     */
    List<String> breakingChanges(String older, String newer);
}
