package io.cosmicsync.adapter.web.rest.transfer;

import io.cosmicsync.application.transfer.ArchivedDocument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One collection's documents as CSV (RFC 4180): a header row, then one row per document; the first column
 * {@code _id} is the document id, then one column per top-level field of any document, in name order.
 * Strings appear as they are; numbers, booleans, objects and arrays as JSON; null and missing fields empty.
 * Fields holding a comma, quote, CR or LF are quoted, quotes doubled; rows end with CRLF.
 */
@Singleton
public final class ProjectCsv {

    /** The header of the document-id column. */
    public static final String ID_COLUMN = "_id";

    private final JsonMapper json;

    public ProjectCsv(JsonMapper json) {
        this.json = json;
    }

    /** The CSV text of {@code documents} (all of one collection). */
    public String write(List<ArchivedDocument> documents) {
        List<Map.Entry<String, JsonNode>> rows = new ArrayList<>();
        TreeSet<String> columns = new TreeSet<>();
        for (ArchivedDocument document : documents) {
            JsonNode data = parse(document.dataJson());
            rows.add(Map.entry(document.id(), data));
            data.entries().forEach(field -> columns.add(field.getKey()));
        }
        StringBuilder out = new StringBuilder();
        field(out, ID_COLUMN);
        columns.forEach(column -> field(out.append(','), column));
        out.append("\r\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            field(out, row.getKey());
            for (String column : columns) {
                field(out.append(','), cell(row.getValue().get(column)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isString()) {
            return value.getStringValue();
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String data) {
        try {
            return json.readValue(data, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored document is not JSON", e);
        }
    }

    private static void field(StringBuilder out, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            out.append(value);
        } else {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }
}
