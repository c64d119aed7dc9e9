package io.cosmicsync.adapter.web.graphql;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.sync.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@code JSON} argument (plain maps, lists, strings, numbers, booleans, as graphql-java hands them
 * over from literals or variables) into the sync core's {@link Value}s. Integers become 64-bit longs, other
 * numbers doubles; anything beyond those ranges is {@code BAD_USER_INPUT} on the argument.
 */
final class DocumentValues {

    private DocumentValues() {
    }

    /** The top-level fields of a JSON object argument. */
    static Map<String, Value> fields(Object object, String argument) {
        if (!(object instanceof Map<?, ?> map)) {
            throw new InvalidValueException(argument, "must be a JSON object");
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.put(String.valueOf(key), value(value, argument)));
        return fields;
    }

    /** The value of one JSON argument. */
    static Value value(Object object, String argument) {
        if (object == null) {
            return new Value.NullValue();
        } else if (object instanceof Boolean b) {
            return new Value.BooleanValue(b);
        } else if (object instanceof String s) {
            try {
                return new Value.StringValue(s);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(argument, "holds a string with an unpaired surrogate");
            }
        } else if (object instanceof Number n) {
            return number(n, argument);
        } else if (object instanceof List<?> list) {
            List<Value> values = new ArrayList<>();
            list.forEach(item -> values.add(value(item, argument)));
            return new Value.ListValue(values);
        } else if (object instanceof Map<?, ?>) {
            return new Value.MapValue(fields(object, argument));
        }
        throw new InvalidValueException(argument, "is not a JSON value");
    }

    private static Value number(Number number, String argument) {
        BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        try {
            if (!(number instanceof Double || number instanceof Float) && decimal.stripTrailingZeros().scale() <= 0) {
                BigInteger integer = decimal.toBigIntegerExact();
                if (integer.bitLength() >= 64) {
                    throw new InvalidValueException(argument, "holds an integer beyond 64 bits (" + integer + ")");
                }
                return new Value.LongValue(integer.longValue());
            }
        } catch (ArithmeticException e) {
            // not an integer after all: a double below
        }
        double value = decimal.doubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(argument, "holds a number beyond the range of a double");
        }
        return new Value.DoubleValue(value);
    }
}
