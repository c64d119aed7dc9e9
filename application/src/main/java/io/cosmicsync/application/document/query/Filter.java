package io.cosmicsync.application.document.query;

import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.sync.Value;
import java.util.List;
import java.util.Objects;

/**
 * A condition on a document's materialized JSON, as {@link FilterParser} reads it from the query form
 * (docs/documents.md). A missing field has no value: it matches only {@code ne} and {@code exists: false}.
 */
public sealed interface Filter {

    /** Every document: the empty filter. */
    Filter NONE = new All(List.of());

    /** The comparison operators of {@link Compare}. */
    enum Operator {
        /** equal (any JSON value; numbers compare numerically, so 1 equals 1.0). */
        EQ,
        /** not equal, or missing (any JSON value). */
        NE,
        /** less than (a number or a string; matches only fields of the same JSON type). */
        LT,
        /** at most (number or string). */
        LTE,
        /** greater than (number or string). */
        GT,
        /** at least (number or string). */
        GTE,
        /** an array holding the operand as an element, or a string holding the string operand as a substring. */
        CONTAINS
    }

    /**
     * {@code field op operand}.
     *
     * @param field   the field
     * @param op      the operator
     * @param operand the value compared with
     */
    record Compare(FieldPath field, Operator op, Value operand) implements Filter {
        public Compare {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** The field equals one of {@code values} (1 to {@link FilterParser#MAX_IN_VALUES}). */
    record In(FieldPath field, List<Value> values) implements Filter {
        public In {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
        }
    }

    /** The field is present (even holding JSON null) when {@code present}, absent otherwise. */
    record Exists(FieldPath field, boolean present) implements Filter {
        public Exists {
            Objects.requireNonNull(field, "field");
        }
    }

    /** Every condition holds (true when empty). */
    record All(List<Filter> conditions) implements Filter {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** At least one condition holds. */
    record Any(List<Filter> conditions) implements Filter {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }
}
