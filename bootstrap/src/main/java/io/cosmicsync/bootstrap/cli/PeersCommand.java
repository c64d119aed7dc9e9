package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.bootstrap.DataDirectory;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cosmicsync peers}: what the running node of a data directory reports on the network — its peer id,
 * listen multiaddrs, connected peers (peer id, address, RTT, protocols), routing-table size and gossip topics —
 * read from its {@code GET /api/v1/network/status}. Exit status 0, or 3 when no node runs there (as
 * {@code status}), 1 when the node does not answer.
 */
@Command(name = "peers", description = "Show the running node's peer id, addresses and connected peers.")
public final class PeersCommand implements Callable<Integer> {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print the node's network status as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        DataDirectory directory = new DataDirectory(dataDir.path());
        Optional<String> http = directory.isLocked()
                ? directory.readNodeFile().map(facts -> facts.getProperty("http")).filter(a -> a.startsWith("http"))
                : Optional.empty();
        if (http.isEmpty()) {
            System.out.println("not running (data dir " + directory.root() + ")");
            return StatusCommand.NOT_RUNNING;
        }
        String body;
        try {
            body = fetch(http.get() + "/api/v1/network/status");
        } catch (IOException e) {
            System.err.println("cosmicsync: the node at " + http.get() + " did not answer: " + e.getMessage());
            return 1;
        }
        if (json) {
            System.out.println(body);
        } else {
            print(body);
        }
        return 0;
    }

    private static String fetch(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private static void print(String body) throws IllegalStateException {
        Map<String, Object> status;
        try {
            status = JsonMapper.createDefault().readValue(body, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException("the node's network status is not JSON", e);
        }
        if (!Boolean.TRUE.equals(status.get("p2p_enabled"))) {
            System.out.println("peer-to-peer networking is off on this node");
            return;
        }
        System.out.println("peer id:        " + status.get("peer_id"));
        ((List<Object>) status.get("listen_addrs")).forEach(a -> System.out.println("listening on:   " + a));
        System.out.println("routing table:  " + status.get("routing_table_size") + " peers");
        System.out.println("gossip topics:  " + status.get("gossip_topics"));
        List<Map<String, Object>> peers = (List<Map<String, Object>>) status.get("peers");
        System.out.println(peers.size() + " connected peer(s)");
        for (Map<String, Object> peer : peers) {
            Number rtt = (Number) peer.get("rtt_ms");
            System.out.printf("  %s  %s  rtt %s  %s%n", peer.get("peer_id"), peer.get("address"),
                    rtt.longValue() < 0 ? "?" : rtt + " ms", peer.get("protocols"));
        }
    }
}
