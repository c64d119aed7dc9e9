package io.cosmicsync.adapter.web.rest.transfer;

import io.cosmicsync.domain.sync.Value;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts parsed JSON into sync {@link Value}s: integers that fit a long become longs, other numbers doubles. */
final class JsonValues {

    private JsonValues() {
    }

    /** The top-level fields of a JSON object. */
    static Map<String, Value> fields(JsonNode object) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.entries()) {
            fields.put(entry.getKey(), value(entry.getValue()));
        }
        return fields;
    }

    static Value value(JsonNode node) {
        if (node.isNull()) {
            return Value.ofNull();
        }
        if (node.isBoolean()) {
            return new Value.BooleanValue(node.getBooleanValue());
        }
        if (node.isString()) {
            return Value.of(node.getStringValue());
        }
        if (node.isNumber()) {
            return number(node.getNumberValue());
        }
        if (node.isArray()) {
            List<Value> values = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                values.add(value(node.get(i)));
            }
            return new Value.ListValue(values);
        }
        return new Value.MapValue(fields(node));
    }

    private static Value number(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return Value.of(number.longValue());
        }
        if (number instanceof BigInteger big && big.bitLength() < 64) {
            return Value.of(big.longValue());
        }
        if (number instanceof BigDecimal decimal) {
            try {
                return Value.of(decimal.longValueExact());
            } catch (ArithmeticException notAnExactLong) {
                return new Value.DoubleValue(decimal.doubleValue());
            }
        }
        return new Value.DoubleValue(number.doubleValue());
    }
}
