package io.cosmicsync.adapter.web.websocket;

import io.cosmicsync.application.feed.FeedDocument;
import io.cosmicsync.application.feed.FeedEntry;
import jakarta.inject.Singleton;
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

    private static String encode(FeedEntry entry) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"type\":\"change\",\"cursor\":\"").append(entry.seq()).append("\",\"change_id\":\"").append(entry.id().hex())
                .append("\",\"author\":");
        JsonText.quote(out, entry.author().value());
        out.append(",\"hlc\":{\"physical_ms\":").append(entry.hlc().physicalMillis()).append(",\"logical\":").append(entry.hlc().logical())
                .append("},\"origin\":\"").append(entry.origin().name().toLowerCase(Locale.ROOT)).append("\",\"documents\":[");
        boolean first = true;
        for (FeedDocument document : entry.documents()) {
            out.append(first ? "" : ",").append("{\"scope\":");
            JsonText.quote(out, document.ref().scope()).append(",\"collection\":");
            JsonText.quote(out, document.ref().collection()).append(",\"id\":");
            JsonText.quote(out, document.ref().id()).append(",\"deleted\":").append(document.deleted())
                    .append(",\"data\":").append(document.dataJson()).append('}');
            first = false;
        }
        return out.append("]}").toString();
    }

    /** {@code {"type":"subscribed","scopes":[...],"cursor":"42"}}. */
    public String subscribed(Collection<String> scopes, long cursor) {
        return "{\"type\":\"subscribed\",\"scopes\":" + array(scopes) + ",\"cursor\":\"" + cursor + "\"}";
    }

    /** {@code {"type":"unsubscribed"}}. */
    public String unsubscribed() {
        return "{\"type\":\"unsubscribed\"}";
    }

    /** {@code {"type":"error","code":"...","message":"..."}}. */
    public String error(String code, String message) {
        return "{\"type\":\"error\",\"code\":" + JsonText.quote(code) + ",\"message\":" + JsonText.quote(message) + "}";
    }

    private static String array(Collection<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String value : values) {
            JsonText.quote(out.length() > 1 ? out.append(',') : out, value);
        }
        return out.append(']').toString();
    }

    private record Encoded(FeedEntry entry, String text) {
    }
}
