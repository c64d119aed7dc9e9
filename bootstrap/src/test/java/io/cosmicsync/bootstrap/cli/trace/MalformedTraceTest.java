package io.cosmicsync.bootstrap.cli.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cosmicsync trace replay} on broken input: each kind exits with {@link TraceReplayCommand#MALFORMED},
 * prints nothing on stdout and one line on stderr that says what is wrong, never a stack trace.
 */
class MalformedTraceTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file                 ||the trace is empty
            not JSON                   |hello|not valid JSON at line 1, column
            JSON cut short             |{"endContent":"a","txns":[{"patches":[[0,0,|not valid JSON
            an array, not an object    |[1,2]|the trace must be an object, not an array
            content after the trace    |{"endContent":"","txns":[]} {}|unexpected content after the trace
            a repeated field           |{"endContent":"","endContent":"","txns":[]}|Duplicate field 'endContent'
            no endContent              |{"txns":[]}|endContent is missing
            no txns                    |{"endContent":""}|txns is missing
            endContent a number        |{"endContent":5,"txns":[]}|endContent must be a string, not an integer
            txns an object             |{"endContent":"","txns":{}}|txns must be an array, not an object
            a transaction a string     |{"endContent":"","txns":["x"]}|txns[0] must be an object, not a string
            no patches                 |{"endContent":"","txns":[{"time":"t"}]}|txns[0].patches is missing
            a patch an object          |{"endContent":"","txns":[{"patches":[{}]}]}|txns[0].patches[0] must be [position, deleteCount, insertedText], not an object
            a position as a string     |{"endContent":"","txns":[{"patches":[["0",0,"a"]]}]}|txns[0].patches[0][0] (position) must be a non-negative integer, not a string
            a fractional delete count  |{"endContent":"","txns":[{"patches":[[0,0.5,"a"]]}]}|txns[0].patches[0][1] (deleteCount) must be a non-negative integer, not a fractional number
            a text as a number         |{"endContent":"","txns":[{"patches":[[0,0,7]]}]}|txns[0].patches[0][2] (insertedText) must be a string, not an integer
            a null text                |{"endContent":"","txns":[{"patches":[[0,0,null]]}]}|must be a string, not null
            a negative position        |{"endContent":"","txns":[{"patches":[[-1,0,"a"]]}]}|txns[0].patches[0][0] (position) is -1, but must not be negative
            a position beyond 32 bits  |{"endContent":"","txns":[{"patches":[[4294967296,0,"a"]]}]}|is 4294967296, out of range
            a patch of two elements    |{"endContent":"","txns":[{"patches":[[0,0]]}]}|the inserted text is missing
            a patch of four elements   |{"endContent":"","txns":[{"patches":[[0,0,"a",1]]}]}|it has more than 3 elements
            a position past the end    |{"endContent":"","txns":[{"patches":[[0,0,"ab"]]},{"patches":[[3,0,"c"]]}]}|txns[1].patches[0]: position 3 is past the end of the text (length 2)
            a deletion past the end    |{"endContent":"","txns":[{"patches":[[0,0,"ab"]]},{"patches":[[1,2,""]]}]}|txns[1].patches[0]: deleting 2 at position 1 runs past the end of the text (length 2)
            a later patch past the end |{"endContent":"","txns":[{"patches":[[0,0,"ab"],[3,0,"c"]]}]}|txns[0].patches[1]: position 3 is past the end of the text (length 2)
            an unknown kind            |{"kind":"parallel","endContent":"","txns":[]}|kind must be "sequential" or "concurrent", not "parallel"
            numAgents zero             |{"numAgents":0,"endContent":"","txns":[]}|numAgents must be at least 1
            an unknown parent          |{"kind":"concurrent","endContent":"","txns":[{"agent":0,"parents":[],"patches":[]},{"agent":0,"parents":[7],"patches":[]}]}|txns[1].parents names transaction 7, which is unknown
            a parent pointing to itself|{"kind":"concurrent","endContent":"","txns":[{"agent":0,"parents":[0],"patches":[]}]}|txns[0].parents names transaction 0, which is unknown
            missing parents            |{"kind":"concurrent","endContent":"","txns":[{"agent":0,"patches":[]}]}|txns[0] needs "agent" and "parents" in a concurrent trace
            an agent beyond numAgents  |{"numAgents":2,"endContent":"","txns":[{"agent":2,"parents":[],"patches":[]}]}|txns[0].agent is 2, but agents are numbered 0..1
            an agent beyond the limit  |{"kind":"concurrent","endContent":"","txns":[{"agent":5000,"parents":[],"patches":[]}]}|(at most 1024 agents)
            an agent forking itself    |{"kind":"concurrent","endContent":"","txns":[{"agent":0,"parents":[],"patches":[]},{"agent":0,"parents":[],"patches":[]}]}|does not build on agent 0's previous one
            parents in a sequential one|{"kind":"sequential","endContent":"","txns":[{"parents":[0],"patches":[]}]}|txns[0] names an agent or parents, but the trace is sequential
            """)
    void rejects_a_broken_trace_with_a_one_line_message(String what, String json, String message) {
        Path file = TraceCli.json(dir, "broken.json", json == null ? "" : json);
        assertMalformed(TraceCli.run("trace", "replay", file.toString()), message);
    }

    @Test
    void rejects_a_truncated_gzip_file() {
        byte[] whole = TraceCli.gzipped("{\"endContent\":\"abc\",\"txns\":[{\"patches\":[[0,0,\"abc\"]]}]}".getBytes(StandardCharsets.UTF_8));
        Path file = TraceCli.write(dir, "cut.json.gz", Arrays.copyOf(whole, whole.length - 12));
        assertMalformed(TraceCli.run("trace", "replay", file.toString()), "corrupt or truncated gzip data");
    }

    @Test
    void rejects_gzip_data_whose_checksum_is_wrong() {
        byte[] bytes = TraceCli.gzipped("{\"endContent\":\"\",\"txns\":[]}".getBytes(StandardCharsets.UTF_8));
        bytes[bytes.length - 6] ^= 0x55;
        Path file = TraceCli.write(dir, "crc.json.gz", bytes);
        assertMalformed(TraceCli.run("trace", "replay", file.toString()), "corrupt or truncated gzip data");
    }

    @Test
    void rejects_binary_garbage() {
        Path file = TraceCli.write(dir, "garbage.json", new byte[] {0, (byte) 0xff, 0x13, 0x37, (byte) 0xc0});
        assertMalformed(TraceCli.run("trace", "replay", file.toString()), "not valid JSON");
    }

    @Test
    void stops_reading_when_the_decompressed_trace_exceeds_max_bytes() {
        // 50 MB of spaces compress to ~50 KB: a gzip bomb that must be cut off at the limit.
        byte[] padding = new byte[50_000_000];
        Arrays.fill(padding, (byte) ' ');
        byte[] json = ("{\"endContent\":\"\",\"txns\":[]}").getBytes(StandardCharsets.UTF_8);
        byte[] whole = Arrays.copyOf(padding, padding.length + json.length);
        System.arraycopy(json, 0, whole, padding.length, json.length);
        Path file = TraceCli.write(dir, "bomb.json.gz", TraceCli.gzipped(whole));
        assertMalformed(TraceCli.run("trace", "replay", "--max-bytes", "1000000", file.toString()),
                "the trace is larger than 1000000 bytes (decompressed); raise --max-bytes");
        assertThat(TraceCli.run("trace", "replay", "--max-bytes", "60000000", file.toString()).exitCode()).isZero();
    }

    @Test
    void rejects_nesting_deeper_than_the_parser_allows() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Path file = TraceCli.json(dir, "deep.json", "{\"endContent\":\"\",\"txns\":[],\"extra\":" + deep + "}");
        assertMalformed(TraceCli.run("trace", "replay", file.toString()), "the JSON exceeds a parser limit: Document nesting depth");
    }

    @Test
    void rejects_a_missing_file() {
        assertMalformed(TraceCli.run("trace", "replay", dir.resolve("nope.json.gz").toString()), "no such file: ");
    }

    @Test
    void rejects_a_directory() {
        assertMalformed(TraceCli.run("trace", "replay", dir.toString()), "is a directory, not a trace file");
    }

    @Test
    void treats_a_max_bytes_below_one_as_a_usage_error() {
        Path file = TraceCli.json(dir, "ok.json", "{\"endContent\":\"\",\"txns\":[]}");
        TraceCli.Run run = TraceCli.run("trace", "replay", "--max-bytes", "0", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-bytes must be at least 1");
    }

    private static void assertMalformed(TraceCli.Run run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(TraceReplayCommand.MALFORMED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("cosmicsync: ").contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip()).doesNotContain("\n");
    }
}
