package io.cosmicsync.bootstrap.cli.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * What {@code cosmicsync trace replay} reports, printed as one JSON line.
 *
 * @param trace        the trace's name (file name without {@code .json.gz} / {@code .json})
 * @param kind         {@code "sequential"} or {@code "concurrent"}
 * @param ops          patches in the trace
 * @param matches      whether every replica ended with the trace's {@code endContent}
 * @param millis       wall-clock time of the replay alone (not parsing), milliseconds
 * @param encodedBytes size of the first replica's state encoding (text with its history), bytes
 * @param heapBytes    Java heap retained by the replicas after the replay (used heap after a full GC,
 *                     minus the same before), bytes; approximate, as any heap measurement
 */
public record ReplayReport(String trace, String kind, long ops, boolean matches, double millis, long encodedBytes,
                           long heapBytes) {

    private static final JsonFactory JSON = new JsonFactory();

    /** {@code {"trace":..,"kind":..,"ops":..,"matches":..,"millis":..,"encodedBytes":..,"heapBytes":..}}. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("trace", trace);
            g.writeStringField("kind", kind);
            g.writeNumberField("ops", ops);
            g.writeBooleanField("matches", matches);
            g.writeNumberField("millis", Math.round(millis * 1000) / 1000.0);
            g.writeNumberField("encodedBytes", encodedBytes);
            g.writeNumberField("heapBytes", heapBytes);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
