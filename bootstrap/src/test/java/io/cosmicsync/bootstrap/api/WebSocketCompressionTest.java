package io.cosmicsync.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class WebSocketCompressionTest extends ApiTestSupport {

    /** Sends a WebSocket upgrade request offering permessage-deflate, as browsers do; returns the response head. */
    private List<String> upgradeOfferingDeflate(String path, String token) throws IOException {
        URL url = server.getURL();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n"
                    + "Host: " + url.getHost() + ":" + url.getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                    + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            return head;
        }
    }

    @Test
    void the_change_feed_upgrades_without_permessage_deflate_even_when_the_client_offers_it() throws IOException {
        List<String> head = upgradeOfferingDeflate("/api/v1/ws", newCaller("ws-deflate").token());

        assertThat(head.get(0)).contains("101");
        assertThat(head).noneMatch(line -> line.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    @Test
    void graphql_subscriptions_upgrade_without_permessage_deflate_too() throws IOException {
        List<String> head = upgradeOfferingDeflate("/graphql", newCaller("gql-deflate").token());

        assertThat(head).isNotEmpty();
        assertThat(head).noneMatch(line -> line.toLowerCase().startsWith("sec-websocket-extensions"));
    }
}
