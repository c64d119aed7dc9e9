package io.cosmicsync.application.sync.testdata;

import io.cosmicsync.application.sync.trace.EditingTrace;
import io.cosmicsync.application.sync.trace.TracePatch;
import io.cosmicsync.application.sync.trace.TraceTransaction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds shared/data/editing-traces by walking up from the working directory, skips the test (JUnit
 * assumption) when absent, and parses a trace with Jackson into {@link EditingTrace}.
 * Data: josephg/editing-traces, CC BY 4.0.
 */
public final class EditingTraces {
    private EditingTraces() {
    }

    private static final java.util.Map<String, EditingTrace> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The parsed trace {@code name} (e.g. "automerge-paper"), cached per JVM; skips the calling test when absent. */
    public static EditingTrace load(String name) {
        EditingTrace cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        Path dir = find();
        assumeTrue(dir != null, "shared/data/editing-traces not found above " + Path.of("").toAbsolutePath() + "; trace test skipped");
        Path file = dir.resolve(name + ".json.gz");
        assumeTrue(Files.isRegularFile(file), file + " is missing; trace test skipped");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            EditingTrace trace = parse(new ObjectMapper().readTree(in));
            CACHE.put(name, trace);
            return trace;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/editing-traces");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static EditingTrace parse(JsonNode root) {
        boolean concurrent = "concurrent".equals(root.path("kind").asText());
        List<TraceTransaction> txns = new ArrayList<>();
        for (JsonNode t : root.get("txns")) {
            List<TracePatch> patches = new ArrayList<>();
            for (JsonNode p : t.get("patches")) {
                patches.add(new TracePatch(p.get(0).asInt(), p.get(1).asInt(), p.get(2).asText()));
            }
            List<Integer> parents = new ArrayList<>();
            t.path("parents").forEach(n -> parents.add(n.asInt()));
            txns.add(new TraceTransaction(t.path("agent").asInt(0), parents, patches));
        }
        return new EditingTrace(concurrent, root.path("startContent").asText(""), root.get("endContent").asText(), txns);
    }
}
