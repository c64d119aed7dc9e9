package io.cosmicsync.adapter.persistence.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.sync.Value;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text for query parameters and projected documents. */
final class JsonValues {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonValues() {
    }

    /** {@code value} as JSON text. */
    static String json(Value value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A one-element JSON array holding {@code value}. */
    static String jsonArrayOf(Value value) {
        return "[" + json(value) + "]";
    }

    private static void write(JsonGenerator out, Value value) throws IOException {
        if (value instanceof Value.NullValue) {
            out.writeNull();
        } else if (value instanceof Value.BooleanValue b) {
            out.writeBoolean(b.value());
        } else if (value instanceof Value.LongValue l) {
            out.writeNumber(l.value());
        } else if (value instanceof Value.DoubleValue d) {
            out.writeNumber(d.value());
        } else if (value instanceof Value.StringValue s) {
            out.writeString(s.value());
        } else if (value instanceof Value.ListValue l) {
            out.writeStartArray();
            for (Value item : l.values()) {
                write(out, item);
            }
            out.writeEndArray();
        } else {
            out.writeStartObject();
            for (Map.Entry<String, Value> entry : ((Value.MapValue) value).entries().entrySet()) {
                out.writeFieldName(entry.getKey());
                write(out, entry.getValue());
            }
            out.writeEndObject();
        }
    }

    /**
     * The JSON object holding each of {@code fields} that has a value ({@code values[i]}, JSON text, null
     * when the document lacks it) at its path: {@code address.city} shows as {@code {"address": {"city": ..}}}.
     * A field inside another asked-for field is already shown by it.
     */
    static String projection(List<FieldPath> fields, List<String> values) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (values.get(i) != null) {
                put(root, fields.get(i).segments(), values.get(i));
            }
        }
        StringBuilder out = new StringBuilder();
        append(out, root);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> node, List<String> path, String json) {
        String head = path.get(0);
        if (path.size() == 1) {
            node.put(head, json);
            return;
        }
        Object child = node.get(head);
        if (child instanceof String) {
            return;
        }
        if (child == null) {
            child = new LinkedHashMap<String, Object>();
            node.put(head, child);
        }
        put((Map<String, Object>) child, path.subList(1, path.size()), json);
    }

    @SuppressWarnings("unchecked")
    private static void append(StringBuilder out, Map<String, Object> node) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            out.append(first ? "" : ",").append('"').append(entry.getKey()).append("\":");
            first = false;
            if (entry.getValue() instanceof String json) {
                out.append(json);
            } else {
                append(out, (Map<String, Object>) entry.getValue());
            }
        }
        out.append('}');
    }
}
