package io.cosmicsync.domain.sync;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A field value: the JSON-like model documents hold (null, boolean, 64-bit integer, IEEE 754 double,
 * string, list, map with string keys). Immutable; maps are sorted by key so the binary encoding is
 * canonical. Doubles must be finite (JSON has no NaN or infinity).
 */
public sealed interface Value {

    /** The JSON null. */
    record NullValue() implements Value {
    }

    /** true or false. */
    record BooleanValue(boolean value) implements Value {
    }

    /** A signed 64-bit integer. */
    record LongValue(long value) implements Value {
    }

    /** A finite IEEE 754 double. */
    record DoubleValue(double value) implements Value {
        public DoubleValue {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a double value must be finite");
            }
        }
    }

    /** A string of valid Unicode (no unpaired surrogate). */
    record StringValue(String value) implements Value {
        public StringValue {
            if (value == null) {
                throw new IllegalArgumentException("a string value cannot be null; use NullValue");
            }
            if (!io.cosmicsync.domain.encoding.BinaryWriter.isWellFormed(value)) {
                throw new IllegalArgumentException("a string value must be valid Unicode (no unpaired surrogate)");
            }
        }
    }

    /** An ordered list, replaced as a whole by a set (use a list field for concurrent element edits). */
    record ListValue(List<Value> values) implements Value {
        public ListValue {
            values = List.copyOf(values);
        }
    }

    /** A map with string keys, sorted by key. */
    record MapValue(Map<String, Value> entries) implements Value {
        public MapValue {
            TreeMap<String, Value> copy = new TreeMap<>(entries);
            if (copy.containsValue(null)) {
                throw new IllegalArgumentException("map values cannot be null; use NullValue");
            }
            entries = Collections.unmodifiableMap(copy);
        }
    }

    static Value of(String s) {
        return new StringValue(s);
    }

    static Value of(long l) {
        return new LongValue(l);
    }

    static Value ofNull() {
        return new NullValue();
    }
}
