package io.cosmicsync.application.document.query;

import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.sync.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the JSON filter form of a document query (docs/documents.md) into a {@link Filter}:
 *
 * <pre>
 * {"status": "open"}                                  equality shorthand
 * {"score": {"gte": 3, "lt": 10}}                     operators on one field (all must hold)
 * {"address.city": {"in": ["Lyon", "Paris"]}}         nested fields as dotted paths
 * {"$or": [{"tags": {"contains": "urgent"}}, {"due": {"exists": false}}]}
 * </pre>
 *
 * Several keys in one object must all hold; {@code $and}/{@code $or} take a non-empty array of such
 * objects. Operators: {@code eq, ne} (any value), {@code lt, lte, gt, gte} (a number or a string),
 * {@code in} (an array of 1 to {@value #MAX_IN_VALUES} values), {@code contains} (any value),
 * {@code exists} (a boolean). An object after a field name is always an operator object; compare with an
 * object value through {@code eq}. Limits: nesting depth {@value #MAX_DEPTH}, {@value #MAX_CONDITIONS}
 * conditions in all. Every refusal is an {@link InvalidValueException} on {@code filter} saying what to fix.
 */
public final class FilterParser {

    public static final int MAX_DEPTH = 4;
    public static final int MAX_CONDITIONS = 32;
    public static final int MAX_IN_VALUES = 100;

    private int conditions;

    private FilterParser() {
    }

    /** The filter {@code form} describes; {@link Filter#NONE} for null or an empty object. */
    public static Filter parse(Value form) {
        if (form == null || form instanceof Value.NullValue) {
            return Filter.NONE;
        }
        return new FilterParser().object(form, 1);
    }

    private Filter object(Value form, int depth) {
        if (!(form instanceof Value.MapValue map)) {
            throw invalid("must be a JSON object like {\"status\": \"open\"}");
        }
        if (depth > MAX_DEPTH) {
            throw invalid("nests $and/$or deeper than " + MAX_DEPTH + " levels");
        }
        List<Filter> all = new ArrayList<>();
        for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
            String key = entry.getKey();
            if (key.equals("$and") || key.equals("$or")) {
                List<Filter> parts = new ArrayList<>();
                if (!(entry.getValue() instanceof Value.ListValue list) || list.values().isEmpty()) {
                    throw invalid(key + " must be a non-empty array of filter objects");
                }
                for (Value part : list.values()) {
                    parts.add(object(part, depth + 1));
                }
                all.add(key.equals("$and") ? new Filter.All(parts) : new Filter.Any(parts));
            } else if (key.startsWith("$")) {
                throw invalid("'" + key + "' is not a filter keyword; use $and or $or");
            } else {
                field(FieldPath.parse("filter", key), entry.getValue(), all);
            }
        }
        return all.size() == 1 ? all.get(0) : new Filter.All(all);
    }

    private void field(FieldPath field, Value condition, List<Filter> into) {
        if (!(condition instanceof Value.MapValue ops)) {
            into.add(count(new Filter.Compare(field, Filter.Operator.EQ, condition)));
            return;
        }
        if (ops.entries().isEmpty()) {
            throw invalid("field " + field + " has an empty operator object; compare with an object through eq");
        }
        ops.entries().forEach((name, operand) -> into.add(count(condition(field, name, operand))));
    }

    private Filter condition(FieldPath field, String name, Value operand) {
        switch (name) {
            case "in":
                if (!(operand instanceof Value.ListValue list) || list.values().isEmpty()
                        || list.values().size() > MAX_IN_VALUES) {
                    throw invalid("field " + field + ": in takes an array of 1 to " + MAX_IN_VALUES + " values");
                }
                return new Filter.In(field, list.values());
            case "exists":
                if (!(operand instanceof Value.BooleanValue present)) {
                    throw invalid("field " + field + ": exists takes true or false");
                }
                return new Filter.Exists(field, present.value());
            case "eq", "ne", "contains":
                return new Filter.Compare(field, Filter.Operator.valueOf(name.toUpperCase(Locale.ROOT)), operand);
            case "lt", "lte", "gt", "gte":
                if (!(operand instanceof Value.LongValue || operand instanceof Value.DoubleValue
                        || operand instanceof Value.StringValue)) {
                    throw invalid("field " + field + ": " + name + " takes a number or a string");
                }
                return new Filter.Compare(field, Filter.Operator.valueOf(name.toUpperCase(Locale.ROOT)), operand);
            default:
                throw invalid("field " + field + ": '" + name + "' is not an operator; use one of "
                        + Arrays.stream(Filter.Operator.values()).map(o -> o.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ", in, exists");
        }
    }

    private Filter count(Filter condition) {
        if (++conditions > MAX_CONDITIONS) {
            throw invalid("has more than " + MAX_CONDITIONS + " conditions");
        }
        return condition;
    }

    private static InvalidValueException invalid(String message) {
        return new InvalidValueException("filter", message);
    }
}
