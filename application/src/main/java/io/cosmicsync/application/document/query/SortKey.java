package io.cosmicsync.application.document.query;

import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.common.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sort key of a document query. Values order as PostgreSQL orders {@code jsonb}: a missing field or
 * JSON null first, then strings (by the database collation), numbers (numerically), booleans, arrays,
 * objects; descending reverses that. Ties are broken by document id, ascending.
 *
 * @param field      the field
 * @param descending whether larger values come first
 */
public record SortKey(FieldPath field, boolean descending) {

    /** At most this many sort keys per query. */
    public static final int MAX_KEYS = 4;

    public SortKey {
        Objects.requireNonNull(field, "field");
    }

    /**
     * Parses {@code title,-score} (a leading {@code -} for descending); null or blank means no sort
     * (document id order).
     *
     * @throws InvalidValueException on {@code sort} for a bad path or more than {@value #MAX_KEYS} keys
     */
    public static List<SortKey> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String item = part.strip();
            boolean descending = item.startsWith("-");
            keys.add(new SortKey(FieldPath.parse("sort", descending ? item.substring(1) : item), descending));
        }
        if (keys.size() > MAX_KEYS) {
            throw new InvalidValueException("sort", "may name at most " + MAX_KEYS + " fields");
        }
        return List.copyOf(keys);
    }
}
