package io.cosmicsync.adapter.web.websocket;

import io.cosmicsync.application.feed.port.in.SubscribeToChangesUseCase;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a client may send on the change feed (docs/live-feed.md). {@link #parse} refuses anything else with
 * a {@link ProtocolViolation} whose message tells the client what to fix.
 */
sealed interface ClientMessage {

    /** Longest scope accepted (a project id is 36 characters). */
    int MAX_SCOPE_LENGTH = 128;

    /** {@code {"type":"subscribe","scopes":[...],"cursor":"42"}}; {@code cursor} null means "from now on". */
    record Subscribe(Set<String> scopes, Long cursor) implements ClientMessage {
    }

    /** {@code {"type":"unsubscribe"}}. */
    record Unsubscribe() implements ClientMessage {
    }

    /** A frame that breaks the protocol: the connection is closed after an error message. */
    final class ProtocolViolation extends Exception {
        ProtocolViolation(String message) {
            super(message, null, false, false);
        }
    }

    static ClientMessage parse(JsonMapper json, String text) throws ProtocolViolation {
        JsonNode message;
        try {
            message = json.readValue(text, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new ProtocolViolation("a message must be a JSON object");
        }
        if (message == null || !message.isObject()) {
            throw new ProtocolViolation("a message must be a JSON object");
        }
        JsonNode type = message.get("type");
        if (type == null || !type.isString()) {
            throw new ProtocolViolation("a message needs a string \"type\": \"subscribe\" or \"unsubscribe\"");
        }
        return switch (type.getStringValue()) {
            case "subscribe" -> new Subscribe(scopes(message.get("scopes")), cursor(message.get("cursor")));
            case "unsubscribe" -> new Unsubscribe();
            default -> throw new ProtocolViolation("unknown message type \"" + type.getStringValue()
                    + "\": the feed is read-only; send \"subscribe\" or \"unsubscribe\"");
        };
    }

    private static Set<String> scopes(JsonNode scopes) throws ProtocolViolation {
        int max = SubscribeToChangesUseCase.MAX_SCOPES;
        if (scopes == null || !scopes.isArray() || scopes.size() < 1 || scopes.size() > max) {
            throw new ProtocolViolation("\"scopes\" must be an array of 1 to " + max + " project ids");
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < scopes.size(); i++) {
            JsonNode scope = scopes.get(i);
            if (!scope.isString() || scope.getStringValue().isEmpty() || scope.getStringValue().length() > MAX_SCOPE_LENGTH) {
                throw new ProtocolViolation("\"scopes\"[" + i + "] must be a project id (a non-empty string)");
            }
            out.add(scope.getStringValue());
        }
        return out;
    }

    private static Long cursor(JsonNode cursor) throws ProtocolViolation {
        if (cursor == null || cursor.isNull()) {
            return null;
        }
        if (!cursor.isString() || !cursor.getStringValue().matches("[0-9]{1,18}")) {
            throw new ProtocolViolation("\"cursor\" must be the \"cursor\" string of a change message (digits), or absent");
        }
        return Long.parseLong(cursor.getStringValue());
    }
}
