package io.cosmicsync.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.DataDirectory;
import io.cosmicsync.bootstrap.support.Cli;
import io.cosmicsync.bootstrap.support.Cli.Run;
import io.cosmicsync.bootstrap.support.TempFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The survey commands run as a user runs them, against a small hand-made survey zip. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyCommandsTest {

    private static final String HEADER = "MainBranch,,Country,LanguageWorkedWith,LanguageDesireNextYear,"
            + "DatabaseWorkedWith,DatabaseDesireNextYear,PlatformWorkedWith,PlatformDesireNextYear,"
            + "WebFrameWorkedWith,WebFrameDesireNextYear\r\n";
    private static final String[][] COMMUNITIES = {
            {"Java;Kotlin;Scala", "PostgreSQL;Cassandra", "Spring;Play"},
            {"JavaScript;TypeScript;HTML/CSS", "MongoDB;Redis", "React.js;Vue.js;Angular/Angular.js"},
            {"Python;R;Julia", "SQLite;Elasticsearch", "Django;Flask"},
            {"C;C++;Rust", "MariaDB;Oracle", "ASP.NET;Express"}};

    private Path directory;
    private Path zip;

    @BeforeAll
    void fixture() throws IOException {
        directory = Files.createTempDirectory("cosmicsync-survey-cli");
        StringBuilder csv = new StringBuilder(HEADER);
        Random random = new Random(4);
        for (int i = 0; i < 80; i++) {
            String[] community = COMMUNITIES[i % COMMUNITIES.length];
            csv.append("I am a developer by profession,,\"Bosnia, Herzegovina\",")
                    .append(pick(community[0], random)).append(',').append(pick(community[0], random)).append(',')
                    .append(pick(community[1], random)).append(',').append(pick(community[1], random)).append(",NA,NA,")
                    .append(pick(community[2], random)).append(',').append(pick(community[2], random)).append("\r\n");
        }
        zip = directory.resolve("survey_results_public.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("survey_results_public.csv"));
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    void cleanUp() {
        TempFiles.deleteRecursively(directory);
    }

    @Test
    void importing_the_survey_twice_creates_everyone_once_and_a_rebuild_covers_them() {
        Path data = directory.resolve("data-import");

        Run first = run("import", "so-survey", "--data-dir", data.toString(), zip.toString());
        Run second = run("import", "so-survey", "--data-dir", data.toString(), zip.toString());
        Run rebuild = run("recommend", "rebuild", "--json", "--data-dir", data.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported 80 people").contains("80 created, 0 already present");
        assertThat(first.err()).contains("import so-survey").contains("100%");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("0 created, 80 already present");
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).startsWith("{\"users\":80,").contains("\"peak_heap_mib\":");
    }

    @Test
    void says_clearly_that_the_node_is_running_instead_of_importing() throws IOException {
        Path data = directory.resolve("data-running");
        FileLock lock = new DataDirectory(data).lock();
        try {
            Run run = run("import", "so-survey", "--data-dir", data.toString(), zip.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("a node is running with data directory").doesNotContain("Exception");
        } finally {
            lock.channel().close();
        }
    }

    @Test
    void evaluation_prints_one_json_line_where_the_model_beats_popularity() {
        Run run = run("recommend", "evaluate", "--neighbours", "10", zip.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String line = run.out().strip();
        assertThat(line.lines()).hasSize(1);
        assertThat(line).startsWith("{\"people\":80,").contains("\"model\":{\"precision_at_10\":")
                .contains("\"popularity\":{\"precision_at_10\":");
        assertThat(recall(line, "model")).isGreaterThan(recall(line, "popularity"));
    }

    @Test
    void refuses_a_file_that_is_not_a_survey_with_one_line() throws IOException {
        Path bogus = Files.writeString(directory.resolve("bogus.zip"), "not a zip");

        Run evaluate = run("recommend", "evaluate", bogus.toString());
        Run badOption = run("recommend", "evaluate", "--holdout", "2", zip.toString());

        assertThat(evaluate.exitCode()).isEqualTo(1);
        assertThat(evaluate.err().strip()).startsWith("cosmicsync: evaluation failed:").contains("not a zip")
                .doesNotContain("\n");
        assertThat(badOption.exitCode()).isEqualTo(2);
    }

    private static double recall(String json, String which) {
        String part = json.substring(json.indexOf("\"" + which + "\":"));
        String value = part.substring(part.indexOf("\"recall_at_10\":") + 15);
        return Double.parseDouble(value.substring(0, value.indexOf(',')));
    }

    private static String pick(String choices, Random random) {
        StringBuilder out = new StringBuilder();
        for (String choice : choices.split(";")) {
            if (random.nextDouble() < 0.7) {
                out.append(out.isEmpty() ? "" : ";").append(choice);
            }
        }
        return out.isEmpty() ? "NA" : out.toString();
    }

    private static Run run(String... args) {
        return Cli.run(args);
    }
}
