package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.Resolution;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.sync.Write;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The materialized JSON of a document ({@code sync_documents.data}): one flat object holding what
 * {@link DocumentView} shows, so that {@code data->>'title'} and {@code data @> '{"title": "x"}'} work.
 *
 * <ul>
 *   <li>a resolved field: its value (null, boolean, number, string, array, object);</li>
 *   <li>a field in conflict (keep-both): {@code {"$conflict": [value, ...]}}, the candidates in stamp order;</li>
 *   <li>a counter: its total (a number); a text: its content (a string); a list: an array of its values.</li>
 * </ul>
 * Keys are sorted. A name used by two kinds shows the first in the order field, text, counter, list (the
 * binary state keeps all). A deleted document is {@code {}}. jsonb cannot hold U+0000, so it appears
 * here as U+FFFD (again, only in the JSON: the state keeps it).
 */
final class DocumentJson {
    static final String CONFLICT_KEY = "$conflict";

    private DocumentJson() {
    }

    static String of(DocumentView view) {
        Map<String, Object> entries = new TreeMap<>();
        view.fields().forEach(entries::putIfAbsent);
        view.texts().forEach(entries::putIfAbsent);
        view.counters().forEach(entries::putIfAbsent);
        view.lists().forEach((name, values) -> entries.putIfAbsent(name, new Value.ListValue(values)));
        StringBuilder out = new StringBuilder(64);
        out.append('{');
        entries.forEach((name, entry) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, name);
            out.append(':');
            entry(out, entry);
        });
        return out.append('}').toString();
    }

    private static void entry(StringBuilder out, Object entry) {
        if (entry instanceof Resolution.Resolved r) {
            value(out, r.value());
        } else if (entry instanceof Resolution.Conflicting c) {
            out.append('{');
            string(out, CONFLICT_KEY);
            out.append(":[");
            List<Write> candidates = c.candidates();
            for (int i = 0; i < candidates.size(); i++) {
                out.append(i > 0 ? "," : "");
                value(out, candidates.get(i).value());
            }
            out.append("]}");
        } else if (entry instanceof Long total) {
            out.append(total.longValue());
        } else if (entry instanceof String text) {
            string(out, text);
        } else {
            value(out, (Value) entry);
        }
    }

    private static void value(StringBuilder out, Value v) {
        if (v instanceof Value.NullValue) {
            out.append("null");
        } else if (v instanceof Value.BooleanValue b) {
            out.append(b.value());
        } else if (v instanceof Value.LongValue l) {
            out.append(l.value());
        } else if (v instanceof Value.DoubleValue d) {
            out.append(d.value());
        } else if (v instanceof Value.StringValue s) {
            string(out, s.value());
        } else if (v instanceof Value.ListValue l) {
            out.append('[');
            for (int i = 0; i < l.values().size(); i++) {
                out.append(i > 0 ? "," : "");
                value(out, l.values().get(i));
            }
            out.append(']');
        } else {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> e : ((Value.MapValue) v).entries().entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(out, e.getKey());
                out.append(':');
                value(out, e.getValue());
            }
            out.append('}');
        }
    }

    /** A JSON string (RFC 8259 section 7): quote, backslash and control characters escaped. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u0000' -> out.append('\uFFFD');
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
