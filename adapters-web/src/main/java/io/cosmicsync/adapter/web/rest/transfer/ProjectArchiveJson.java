package io.cosmicsync.adapter.web.rest.transfer;

import io.cosmicsync.adapter.web.rest.document.DocumentJson;
import io.cosmicsync.application.collection.port.in.CollectionDefinition;
import io.cosmicsync.application.transfer.ArchivedCollection;
import io.cosmicsync.application.transfer.ArchivedDocument;
import io.cosmicsync.application.transfer.ImportedDocument;
import io.cosmicsync.application.transfer.ProjectArchive;
import io.cosmicsync.application.transfer.port.in.ImportProjectCommand;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project archive format, version 1 (docs/export-import.md), shared by the API and the CLI:
 *
 * <pre>
 * {"format":"cosmicsync-project","version":1,
 *  "project":{"name":"...","description":"..."},
 *  "collections":[{"name":"notes","versions":[{"schema":{...},"indexes":[...],"conflict_policies":{...},"migration":""}]}],
 *  "documents":{"notes":[{"id":"n1","data":{...}}]}}
 * </pre>
 *
 * Writing embeds stored JSON (schemas, document data) verbatim; reading refuses anything else with an
 * {@link InvalidValueException} naming the offending path (a 400 over the API, exit status 3 in the CLI).
 */
@Singleton
public final class ProjectArchiveJson {

    /** The {@code format} value of an archive. */
    public static final String FORMAT = "cosmicsync-project";
    /** The archive format version this node writes and reads. */
    public static final int VERSION = 1;

    private final JsonMapper json;
    private final DocumentJson documentJson;

    public ProjectArchiveJson(JsonMapper json, DocumentJson documentJson) {
        this.json = json;
        this.documentJson = documentJson;
    }

    /** The archive as JSON text. */
    public String write(ProjectArchive archive) {
        StringBuilder out = new StringBuilder(4096);
        out.append("{\"format\":\"").append(FORMAT).append("\",\"version\":").append(VERSION).append(",\"project\":{\"name\":");
        quote(out, archive.name()).append(",\"description\":");
        quote(out, archive.description()).append("},\"collections\":[");
        for (int i = 0; i < archive.collections().size(); i++) {
            ArchivedCollection collection = archive.collections().get(i);
            out.append(i == 0 ? "" : ",").append("{\"name\":");
            quote(out, collection.name()).append(",\"versions\":[");
            for (int v = 0; v < collection.versions().size(); v++) {
                CollectionDefinition definition = collection.versions().get(v);
                out.append(v == 0 ? "" : ",").append("{\"schema\":").append(definition.schema()).append(",\"indexes\":")
                        .append(text(definition.indexes())).append(",\"conflict_policies\":").append(text(definition.conflictPolicies()))
                        .append(",\"migration\":");
                quote(out, definition.migration() == null ? "" : definition.migration()).append('}');
            }
            out.append("]}");
        }
        out.append("],\"documents\":{");
        String current = null;
        for (ArchivedDocument document : archive.documents()) {
            if (document.collection().equals(current)) {
                out.append(',');
            } else {
                out.append(current == null ? "" : "],");
                quote(out, document.collection()).append(":[");
                current = document.collection();
            }
            out.append("{\"id\":");
            quote(out, document.id()).append(",\"data\":").append(document.dataJson()).append('}');
        }
        return out.append(current == null ? "}}" : "]}}").toString();
    }

    /**
     * Reads an archive into an import command for {@code actor}.
     *
     * @throws InvalidValueException when the text is not a version-1 archive, naming what is wrong
     */
    public ImportProjectCommand read(byte[] text, UserId actor) {
        JsonNode root;
        try {
            root = json.readValue(text, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("archive", "is not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidValueException("archive", "must be a JSON object");
        }
        if (!FORMAT.equals(string(root, "format", "format")) || root.get("version") == null
                || !root.get("version").isNumber() || root.get("version").getIntValue() != VERSION) {
            throw new InvalidValueException("format", "must be \"" + FORMAT + "\" with \"version\": " + VERSION);
        }
        JsonNode project = object(root, "project", "project");
        String name = string(project, "name", "project.name");
        JsonNode description = project.get("description");
        List<ArchivedCollection> collections = new ArrayList<>();
        JsonNode collectionNodes = array(root, "collections", "collections");
        for (int i = 0; i < collectionNodes.size(); i++) {
            collections.add(collection(collectionNodes.get(i), "collections[" + i + "]"));
        }
        List<ImportedDocument> documents = new ArrayList<>();
        JsonNode byCollection = object(root, "documents", "documents");
        for (Map.Entry<String, JsonNode> entry : byCollection.entries()) {
            String path = "documents." + entry.getKey();
            if (!entry.getValue().isArray()) {
                throw new InvalidValueException(path, "must be an array of {\"id\", \"data\"} objects");
            }
            for (int i = 0; i < entry.getValue().size(); i++) {
                JsonNode document = entry.getValue().get(i);
                String at = path + "[" + i + "]";
                if (!document.isObject()) {
                    throw new InvalidValueException(at, "must be an object with \"id\" and \"data\"");
                }
                documents.add(new ImportedDocument(entry.getKey(), string(document, "id", at + ".id"),
                        documentJson.fields(object(document, "data", at + ".data"), at + ".data")));
            }
        }
        return new ImportProjectCommand(actor, name, description == null || description.isNull() ? "" : stringValue(description, "project.description"),
                collections, documents);
    }

    private ArchivedCollection collection(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidValueException(path, "must be an object with \"name\" and \"versions\"");
        }
        List<CollectionDefinition> versions = new ArrayList<>();
        JsonNode versionNodes = array(node, "versions", path + ".versions");
        for (int v = 0; v < versionNodes.size(); v++) {
            String at = path + ".versions[" + v + "]";
            JsonNode version = versionNodes.get(v);
            if (!version.isObject()) {
                throw new InvalidValueException(at, "must be an object with \"schema\"");
            }
            List<String> indexes = new ArrayList<>();
            JsonNode indexNodes = version.get("indexes");
            if (indexNodes != null && !indexNodes.isNull()) {
                JsonNode checked = array(version, "indexes", at + ".indexes");
                for (int i = 0; i < checked.size(); i++) {
                    indexes.add(stringValue(checked.get(i), at + ".indexes[" + i + "]"));
                }
            }
            Map<String, String> policies = new LinkedHashMap<>();
            JsonNode policyNodes = version.get("conflict_policies");
            if (policyNodes != null && !policyNodes.isNull()) {
                for (Map.Entry<String, JsonNode> policy : object(version, "conflict_policies", at + ".conflict_policies").entries()) {
                    policies.put(policy.getKey(), stringValue(policy.getValue(), at + ".conflict_policies." + policy.getKey()));
                }
            }
            JsonNode migration = version.get("migration");
            String migrationText = migration == null || migration.isNull() ? "" : stringValue(migration, at + ".migration");
            versions.add(new CollectionDefinition(schemaText(object(version, "schema", at + ".schema")), indexes, policies,
                    migrationText.isEmpty() ? null : migrationText));
        }
        return new ArchivedCollection(string(node, "name", path + ".name"), versions);
    }

    private String schemaText(JsonNode schema) {
        try {
            return json.writeValueAsString(schema);
        } catch (IOException e) {
            throw new InvalidValueException("schema", "cannot be written as JSON: " + e.getMessage());
        }
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("a value does not serialize as JSON", e);
        }
    }

    private static JsonNode object(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new InvalidValueException(path, "must be a JSON object");
        }
        return node;
    }

    private static JsonNode array(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw new InvalidValueException(path, "must be a JSON array");
        }
        return node;
    }

    private static String string(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null) {
            throw new InvalidValueException(path, "is missing");
        }
        return stringValue(node, path);
    }

    private static String stringValue(JsonNode node, String path) {
        if (!node.isString()) {
            throw new InvalidValueException(path, "must be a string");
        }
        return node.getStringValue();
    }

    private StringBuilder quote(StringBuilder out, String value) {
        return out.append(text(value));
    }
}
