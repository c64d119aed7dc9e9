package io.cosmicsync.adapter.ml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps feature keys (e.g. a lower-cased tag with its kind) to dense column numbers 0..n-1, in order of
 * first appearance, and keeps the spelling first seen for each, to show in reasons. Not thread-safe.
 */
final class Vocabulary {

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> spellings = new ArrayList<>();

    /** The column of {@code key}, added with {@code spelling} if new. */
    int columnOf(String key, String spelling) {
        Integer column = columns.get(key);
        if (column == null) {
            column = spellings.size();
            columns.put(key, column);
            spellings.add(spelling);
        }
        return column;
    }

    /** The column of {@code key}, or -1. */
    int find(String key) {
        return columns.getOrDefault(key, -1);
    }

    int size() {
        return spellings.size();
    }

    /** The spelling first seen for {@code column}. */
    String spelling(int column) {
        return spellings.get(column);
    }
}
