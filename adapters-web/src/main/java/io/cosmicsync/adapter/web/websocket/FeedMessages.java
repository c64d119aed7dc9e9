package io.cosmicsync.adapter.web.websocket;

import io.cosmicsync.application.feed.FeedDocument;
import io.cosmicsync.application.feed.FeedEntry;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's messages on the change feed (docs/live-feed.md), as JSON text. A change's documents carry
 * their stored JSON verbatim. The last change encoded is remembered, so fanning one change out to many
 * subscribers encodes it once.
 */
@Singleton
public final class FeedMessages {

    private final AtomicReference<Encoded> last = new AtomicReference<>();
    private final JsonMapper json;

    public FeedMessages(JsonMapper json) {
        this.json = json;
    }

    /** {@code {"type":"change","cursor":"42",...}} for one change. */
    public String change(FeedEntry entry) {
        Encoded cached = last.get();
        if (cached != null && cached.entry() == entry) {
            return cached.text();
        }
        String text = encode(entry);
        last.set(new Encoded(entry, text));
        return text;
    }

    private String encode(FeedEntry entry) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"type\":\"change\",\"cursor\":\"").append(entry.seq()).append("\",\"change_id\":\"").append(entry.id().hex())
                .append("\",\"author\":").append(quote(entry.author().value()))
                .append(",\"hlc\":{\"physical_ms\":").append(entry.hlc().physicalMillis()).append(",\"logical\":").append(entry.hlc().logical())
                .append("},\"origin\":\"").append(entry.origin().name().toLowerCase(Locale.ROOT)).append("\",\"documents\":[");
        boolean first = true;
        for (FeedDocument document : entry.documents()) {
            out.append(first ? "" : ",").append("{\"scope\":").append(quote(document.ref().scope()))
                    .append(",\"collection\":").append(quote(document.ref().collection()))
                    .append(",\"id\":").append(quote(document.ref().id())).append(",\"deleted\":").append(document.deleted())
                    .append(",\"data\":").append(document.dataJson()).append('}');
            first = false;
        }
        return out.append("]}").toString();
    }

    /** {@code {"type":"subscribed","scopes":[...],"cursor":"42"}}. */
    public String subscribed(Collection<String> scopes, long cursor) {
        return "{\"type\":\"subscribed\",\"scopes\":" + quote(scopes) + ",\"cursor\":\"" + cursor + "\"}";
    }

    /** {@code {"type":"unsubscribed"}}. */
    public String unsubscribed() {
        return "{\"type\":\"unsubscribed\"}";
    }

    /** {@code {"type":"error","code":"...","message":"..."}}. */
    public String error(String code, String message) {
        return "{\"type\":\"error\",\"code\":" + quote(code) + ",\"message\":" + quote(message) + "}";
    }

    /** {@code value} as JSON: a quoted, escaped string, or an array of them. */
    private String quote(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Encoded(FeedEntry entry, String text) {
    }
}
