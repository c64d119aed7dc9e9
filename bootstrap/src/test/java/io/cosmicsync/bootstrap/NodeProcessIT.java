package io.cosmicsync.bootstrap;

import io.cosmicsync.bootstrap.database.EmbeddedDatabase;
import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.bootstrap.support.NodeLauncher;
import io.cosmicsync.bootstrap.support.TempFiles;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: the packaged node started as the README says ({@code ./cosmicsync start}), in its own
 * process with its own embedded PostgreSQL, driven over HTTP, stopped, restarted and killed.
 */
class NodeProcessIT {

    private final List<Process> started = new ArrayList<>();
    private Path dataDir;
    private int port;
    private Http http;

    @BeforeEach
    void prepare() throws IOException {
        dataDir = Files.createTempDirectory("cosmicsync-e2e");
        port = NodeLauncher.freePort();
        http = new Http("http://127.0.0.1:" + port, JsonMapper.createDefault());
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process process : started) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        TempFiles.deleteRecursively(dataDir);
    }

    @Test
    void starts_serves_stops_and_restarts_with_all_data_kept() throws Exception {
        Process node = start();
        assertThat(NodeLauncher.waitForLine(node, "HTTP API:")).contains("http://127.0.0.1:" + port);

        NodeLauncher.Result status = NodeLauncher.run("status", "--json", "--data-dir", dataDir.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.output()).contains("\"running\":true").contains("\"http\":\"http://127.0.0.1:" + port + "\"");

        http.post("/api/v1/users", null, Map.of("username", "ada", "email", "ada@example.org", "password", "correct horse"));
        String token = (String) http.post("/api/v1/auth/login", null,
                Map.of("username", "ada", "password", "correct horse")).get("access_token");
        Http.Response project = http.post("/api/v1/projects", token, Map.of("name", "Engine"));
        assertThat(project.status()).isEqualTo(201);

        NodeLauncher.Result second = NodeLauncher.run("start", "--data-dir", dataDir.toString(), "--http-port", "0", "--p2p-port", "0");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.output()).contains("another node is running");

        NodeLauncher.Result stop = NodeLauncher.run("stop", "--data-dir", dataDir.toString());
        assertThat(stop.exitCode()).isZero();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(postgresProcessesFor(dataDir)).isZero();
        assertThat(NodeLauncher.run("status", "--data-dir", dataDir.toString()).exitCode()).isEqualTo(3);

        Process restarted = start();
        NodeLauncher.waitForLine(restarted, "HTTP API:");
        String newToken = (String) http.post("/api/v1/auth/login", null,
                Map.of("username", "ada", "password", "correct horse")).get("access_token");
        Http.Response again = http.get("/api/v1/projects/" + project.get("id"), newToken);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.get("name")).isEqualTo("Engine");
    }

    @Test
    void shuts_down_cleanly_on_sigterm_leaving_no_postgres_behind() throws Exception {
        Process node = start();
        NodeLauncher.waitForLine(node, "HTTP API:");

        node.destroy(); // SIGTERM; the launcher exec's java, so this is the node itself

        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(postgresProcessesFor(dataDir)).isZero();
        assertThat(NodeLauncher.run("status", "--json", "--data-dir", dataDir.toString()).output()).contains("\"running\":false");
    }

    @Test
    void starts_again_after_being_killed_outright() throws Exception {
        Process node = start();
        NodeLauncher.waitForLine(node, "HTTP API:");
        http.post("/api/v1/users", null, Map.of("username", "ada", "email", "ada@example.org", "password", "correct horse"));

        node.destroyForcibly(); // SIGKILL: no shutdown hook, the embedded PostgreSQL is orphaned
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Process restarted = start();
        NodeLauncher.waitForLine(restarted, "HTTP API:");
        Http.Response login = http.post("/api/v1/auth/login", null, Map.of("username", "ada", "password", "correct horse"));
        assertThat(login.status()).isEqualTo(200);
        restarted.destroy();
        assertThat(restarted.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(postgresProcessesFor(dataDir)).isZero();
    }

    @Test
    void uses_an_external_postgresql_when_datasources_default_url_is_set() throws Exception {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(dataDir.resolve("external"))) {
            Map<String, String> env = Map.of("DATASOURCES_DEFAULT_URL", external.jdbcUrl(),
                    "DATASOURCES_DEFAULT_USERNAME", "postgres", "DATASOURCES_DEFAULT_PASSWORD", "");
            Path nodeDir = dataDir.resolve("node");
            ProcessBuilder builder = NodeLauncher.launcher("start", "--data-dir", nodeDir.toString(), "--http-port", Integer.toString(port), "--p2p-port", "0");
            builder.environment().putAll(env);
            Process node = builder.redirectErrorStream(true).start();
            started.add(node);
            assertThat(NodeLauncher.waitForLine(node, "database:")).contains("external PostgreSQL").contains(external.jdbcUrl());

            http.post("/api/v1/users", null, Map.of("username", "grace", "email", "grace@example.org", "password", "correct horse"));

            try (var connection = java.sql.DriverManager.getConnection(external.jdbcUrl(), "postgres", "");
                 var statement = connection.createStatement();
                 var rows = statement.executeQuery("select count(*) from users where username = 'grace'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            assertThat(nodeDir.resolve("postgres")).doesNotExist();
            node.destroy();
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void reports_a_busy_port_and_leaves_nothing_running() throws Exception {
        try (ServerSocket busy = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            NodeLauncher.Result result = NodeLauncher.run("start", "--data-dir", dataDir.toString(), "--http-port", Integer.toString(port), "--p2p-port", "0");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.output()).contains("the node did not start: Address already in use")
                    .doesNotContain("\tat ");
        }
        assertThat(postgresProcessesFor(dataDir)).isZero();
        assertThat(NodeLauncher.run("status", "--data-dir", dataDir.toString()).exitCode()).isEqualTo(3);
    }

    private Process start() throws IOException {
        ProcessBuilder builder = NodeLauncher.launcher("start", "--data-dir", dataDir.toString(), "--http-port", Integer.toString(port), "--p2p-port", "0");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static long postgresProcessesFor(Path dataDir) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString()))
                .filter(p -> p.info().command().orElse("").contains("postgres"))
                .count();
    }
}
