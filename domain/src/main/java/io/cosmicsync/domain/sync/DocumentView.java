package io.cosmicsync.domain.sync;

import java.util.Map;

/**
 * What an app sees of a {@link Document} under a {@link ConflictPolicy}: resolved fields, counter
 * totals and texts. Two replicas that applied the same changes produce equal views.
 *
 * @param ref      the document
 * @param deleted  whether a delete (tombstone) has been applied; then the maps are empty
 * @param fields   field name to resolution, sorted
 * @param counters counter name to total
 * @param texts    text field name to its content
 * @param lists    list field name to its elements, in order
 */
public record DocumentView(DocumentRef ref, boolean deleted, Map<String, Resolution> fields,
                           Map<String, Long> counters, Map<String, String> texts, Map<String, java.util.List<Value>> lists) {

    public DocumentView {
        fields = Map.copyOf(fields);
        counters = Map.copyOf(counters);
        texts = Map.copyOf(texts);
        lists = Map.copyOf(lists);
    }
}
