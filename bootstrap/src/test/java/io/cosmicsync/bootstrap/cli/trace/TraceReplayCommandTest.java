package io.cosmicsync.bootstrap.cli.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cosmicsync trace replay} on real traces and on small hand-written ones that replay correctly. */
class TraceReplayCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"automerge-paper, sequential, 259778", "sveltecomponent, sequential, 19749", "friendsforever, concurrent, 26078"})
    void replays_each_real_trace_to_its_end_content(String name, String kind, long ops) throws IOException {
        Path traces = TraceCli.sharedTraces();
        assumeTrue(traces != null && Files.isRegularFile(traces.resolve(name + ".json.gz")),
                "shared/data/editing-traces/" + name + ".json.gz not found above the working directory; skipped");
        TraceCli.Run run = TraceCli.run("trace", "replay", traces.resolve(name + ".json.gz").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> report = oneJsonLine(run.out());
        assertThat(report).containsEntry("trace", name).containsEntry("kind", kind).containsEntry("matches", true);
        assertThat(((Number) report.get("ops")).longValue()).isEqualTo(ops);
        assertThat(((Number) report.get("encodedBytes")).longValue()).isPositive();
        assertThat(((Number) report.get("millis")).doubleValue()).isPositive();
        assertThat(((Number) report.get("heapBytes")).longValue()).isNotNegative();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void replays_a_small_sequential_trace_from_plain_json() throws IOException {
        Path file = TraceCli.json(dir, "hello.json", """
                {"startContent":"","endContent":"Hello, world!","txns":[
                  {"time":"2024-01-01T00:00:00Z","patches":[[0,0,"Hello world"]]},
                  {"patches":[[5,0,","]]},
                  {"patches":[[12,0,"!"],[7,1,"W"]]},
                  {"patches":[[7,1,"w"]]}]}
                """);
        TraceCli.Run run = TraceCli.run("trace", "replay", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneJsonLine(run.out())).containsEntry("trace", "hello").containsEntry("kind", "sequential")
                .containsEntry("ops", 5).containsEntry("matches", true);
    }

    @Test
    void recognises_gzip_by_its_magic_bytes_whatever_the_file_is_called() throws IOException {
        Path file = TraceCli.gzip(dir, "trace.data", "{\"endContent\":\"ab\",\"txns\":[{\"patches\":[[0,0,\"b\"],[0,0,\"a\"]]}]}");
        TraceCli.Run run = TraceCli.run("trace", "replay", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneJsonLine(run.out())).containsEntry("trace", "trace.data").containsEntry("matches", true);
    }

    @Test
    void replays_a_concurrent_trace_whose_agents_fork_and_merge() throws IOException {
        // 0: agent 0 types "ac"; 1 and 2 fork from 0 (agent 0 inserts "b", agent 1 appends "d");
        // 3: agent 1 merges 1 and 2 and deletes "a"; 4: agent 0, still on 1 ("abc"), types "!" before "a".
        Path file = TraceCli.gzip(dir, "fork.json.gz", """
                {"kind":"concurrent","numAgents":2,"endContent":"!bcd","txns":[
                  {"agent":0,"parents":[],"patches":[[0,0,"ac"]]},
                  {"agent":0,"parents":[0],"patches":[[1,0,"b"]]},
                  {"agent":1,"parents":[0],"patches":[[2,0,"d"]]},
                  {"agent":1,"parents":[1,2],"patches":[[0,1,""]]},
                  {"agent":0,"parents":[1],"patches":[[0,0,"!"]]}]}
                """);
        TraceCli.Run run = TraceCli.run("trace", "replay", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneJsonLine(run.out())).containsEntry("trace", "fork").containsEntry("kind", "concurrent")
                .containsEntry("ops", 5).containsEntry("matches", true);
    }

    @Test
    void detects_a_concurrent_trace_from_its_parents_when_kind_is_absent() throws IOException {
        Path file = TraceCli.json(dir, "nokind.json", """
                {"endContent":"xy","txns":[{"agent":0,"parents":[],"patches":[[0,0,"x"]]},
                  {"agent":1,"parents":[0],"patches":[[1,0,"y"]]}]}
                """);
        TraceCli.Run run = TraceCli.run("trace", "replay", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneJsonLine(run.out())).containsEntry("kind", "concurrent").containsEntry("matches", true);
    }

    @Test
    void starts_a_sequential_trace_from_its_start_content() throws IOException {
        Path file = TraceCli.json(dir, "start.json", """
                {"startContent":"hello","endContent":"Hello!","txns":[{"patches":[[5,0,"!"],[0,1,"H"]]}]}
                """);
        TraceCli.Run run = TraceCli.run("trace", "replay", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneJsonLine(run.out())).containsEntry("ops", 2).containsEntry("matches", true);
    }

    @Test
    void starts_every_agent_of_a_concurrent_trace_from_the_start_content() throws IOException {
        Path file = TraceCli.json(dir, "start-concurrent.json", """
                {"kind":"concurrent","startContent":"--","endContent":"a--b","txns":[
                  {"agent":1,"parents":[],"patches":[[2,0,"b"]]},
                  {"agent":0,"parents":[],"patches":[[0,0,"a"]]}]}
                """);
        TraceCli.Run run = TraceCli.run("trace", "replay", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneJsonLine(run.out())).containsEntry("ops", 2).containsEntry("matches", true);
    }

    @Test
    void exits_1_and_says_where_the_text_differs_when_the_end_content_does_not_match() throws IOException {
        Path file = TraceCli.json(dir, "wrong.json", "{\"endContent\":\"abd\",\"txns\":[{\"patches\":[[0,0,\"abc\"]]}]}");
        TraceCli.Run run = TraceCli.run("trace", "replay", file.toString());
        assertThat(run.exitCode()).isEqualTo(TraceReplayCommand.MISMATCH);
        assertThat(oneJsonLine(run.out())).containsEntry("matches", false).containsEntry("ops", 1);
        assertThat(run.err()).contains("first differ at code point 2").doesNotContain("Exception");
    }

    @Test
    void counts_positions_in_code_points_not_utf16_units() throws IOException {
        Path file = TraceCli.json(dir, "emoji.json", """
                {"endContent":"\\ud83d\\ude00x\\ud83c\\udf89","txns":[{"patches":[[0,0,"\\ud83d\\ude00\\ud83c\\udf89"]]},
                  {"patches":[[1,0,"x"]]}]}
                """);
        TraceCli.Run run = TraceCli.run("trace", "replay", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneJsonLine(run.out())).containsEntry("matches", true);
    }

    @Test
    void names_a_trace_after_its_file_without_the_json_and_gzip_suffixes() {
        assertThat(TraceReplayCommand.traceName(Path.of("/x/automerge-paper.json.gz"))).isEqualTo("automerge-paper");
        assertThat(TraceReplayCommand.traceName(Path.of("b.json"))).isEqualTo("b");
        assertThat(TraceReplayCommand.traceName(Path.of("c.gz"))).isEqualTo("c");
        assertThat(TraceReplayCommand.traceName(Path.of(".json"))).isEqualTo(".json");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> oneJsonLine(String out) throws IOException {
        assertThat(out).endsWith("\n");
        assertThat(out.strip()).doesNotContain("\n");
        return JsonMapper.createDefault().readValue(out, Map.class);
    }
}
