package io.cosmicsync.bootstrap.cli.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.cosmicsync.application.sync.trace.TracePatch;
import io.cosmicsync.bootstrap.cli.trace.RawTrace.RawTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the JSON of an editing trace (josephg/editing-traces format) with Jackson's streaming parser,
 * one token at a time, into a {@link ParsedTrace}:
 *
 * <pre>
 * { "kind": "sequential" | "concurrent",          optional
 *   "startContent": string, "endContent": string,  endContent required
 *   "numAgents": int,                              optional, concurrent traces
 *   "txns": [ { "patches": [[pos, delCount, insText], ...],
 *               "agent": int, "parents": [int, ...],   concurrent traces
 *               ... other fields ignored } ] }
 * </pre>
 *
 * Positions and counts are non-negative 32-bit integers (code points). Malformed JSON, a wrong type or a
 * bad value throws {@link MalformedTraceException} naming the place ({@code txns[3].patches[0][1]});
 * I/O errors of the underlying stream pass through as {@link IOException}.
 */
final class EditingTraceReader {
    private final JsonFactory factory;

    /** {@code maxChars} bounds any one string (the stream as a whole is bounded by its caller). */
    EditingTraceReader(long maxChars) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(maxChars, Integer.MAX_VALUE - 64)).build();
        factory = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    ParsedTrace read(InputStream in) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new MalformedTraceException("the trace is empty");
            }
            expect(p, JsonToken.START_OBJECT, "the trace");
            RawTrace raw = readRoot(p);
            if (p.nextToken() != null) {
                throw new MalformedTraceException("unexpected content after the trace's closing '}'");
            }
            return raw.toParsedTrace();
        } catch (StreamConstraintsException e) {
            throw new MalformedTraceException("the JSON exceeds a parser limit: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new MalformedTraceException("not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    private RawTrace readRoot(JsonParser p) throws IOException {
        String kind = null;
        String start = null;
        String end = null;
        Integer numAgents = null;
        List<RawTransaction> txns = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "kind" -> {
                    kind = string(p, "kind");
                    if (!kind.equals("sequential") && !kind.equals("concurrent")) {
                        throw new MalformedTraceException("kind must be \"sequential\" or \"concurrent\", not \"" + kind + "\"");
                    }
                }
                case "startContent" -> start = string(p, "startContent");
                case "endContent" -> end = string(p, "endContent");
                case "numAgents" -> numAgents = positiveInt(p, "numAgents");
                case "txns" -> txns = readTransactions(p);
                default -> p.skipChildren();
            }
        }
        return new RawTrace(kind, start, end, numAgents, txns);
    }

    private List<RawTransaction> readTransactions(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY, "txns");
        List<RawTransaction> txns = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            txns.add(readTransaction(p, "txns[" + txns.size() + "]"));
        }
        return txns;
    }

    private RawTransaction readTransaction(JsonParser p, String path) throws IOException {
        expect(p, JsonToken.START_OBJECT, path);
        Integer agent = null;
        List<Integer> parents = null;
        List<TracePatch> patches = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "patches" -> patches = readPatches(p, path + ".patches");
                case "agent" -> agent = nonNegativeInt(p, path + ".agent");
                case "parents" -> parents = readParents(p, path + ".parents");
                default -> p.skipChildren();
            }
        }
        if (patches == null) {
            throw new MalformedTraceException(path + ".patches is missing");
        }
        return new RawTransaction(agent, parents, patches);
    }

    private List<TracePatch> readPatches(JsonParser p, String path) throws IOException {
        expect(p, JsonToken.START_ARRAY, path);
        List<TracePatch> patches = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + patches.size() + "]";
            String shape = at + " must be [position, deleteCount, insertedText]";
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new MalformedTraceException(shape + ", not " + describe(p.currentToken()));
            }
            int[] numbers = new int[2];
            for (int k = 0; k < 2; k++) {
                if (p.nextToken() == JsonToken.END_ARRAY) {
                    throw new MalformedTraceException(shape + ": it has only " + k + " element(s)");
                }
                numbers[k] = nonNegativeInt(p, at + "[" + k + "] (" + (k == 0 ? "position" : "deleteCount") + ")");
            }
            if (p.nextToken() == JsonToken.END_ARRAY) {
                throw new MalformedTraceException(shape + ": the inserted text is missing");
            }
            String text = string(p, at + "[2] (insertedText)");
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw new MalformedTraceException(shape + ": it has more than 3 elements");
            }
            patches.add(new TracePatch(numbers[0], numbers[1], text));
        }
        return patches;
    }

    private List<Integer> readParents(JsonParser p, String path) throws IOException {
        expect(p, JsonToken.START_ARRAY, path);
        List<Integer> parents = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            parents.add(nonNegativeInt(p, path + "[" + parents.size() + "]"));
        }
        return parents;
    }

    private static void expect(JsonParser p, JsonToken token, String what) {
        if (p.currentToken() != token) {
            String expected = token == JsonToken.START_OBJECT ? "an object" : "an array";
            throw new MalformedTraceException(what + " must be " + expected + ", not " + describe(p.currentToken()));
        }
    }

    private static String string(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new MalformedTraceException(what + " must be a string, not " + describe(p.currentToken()));
        }
        return p.getText();
    }

    private static int positiveInt(JsonParser p, String what) throws IOException {
        int value = nonNegativeInt(p, what);
        if (value == 0) {
            throw new MalformedTraceException(what + " must be at least 1");
        }
        return value;
    }

    private static int nonNegativeInt(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new MalformedTraceException(what + " must be a non-negative integer, not " + describe(p.currentToken()));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw new MalformedTraceException(what + " is " + p.getText() + ", out of range (at most " + Integer.MAX_VALUE + ")");
        }
        int value = p.getIntValue();
        if (value < 0) {
            throw new MalformedTraceException(what + " is " + value + ", but must not be negative");
        }
        return value;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a fractional number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
