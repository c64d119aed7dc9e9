package io.cosmicsync.bootstrap.graphql;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A bare graphql-transport-ws client on the JDK's WebSocket: sends and receives the protocol's JSON messages. */
final class GraphqlWsClient implements AutoCloseable {

    static final String SUBPROTOCOL = "graphql-transport-ws";

    private final JsonMapper json;
    private final WebSocket socket;
    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();

    GraphqlWsClient(String httpUrl, String token, JsonMapper json) {
        this.json = json;
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(SUBPROTOCOL)
                .connectTimeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        this.socket = builder.buildAsync(URI.create(httpUrl.replaceFirst("^http", "ws") + "/graphql"), new Listener())
                .join();
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    void send(Map<String, ?> message) {
        try {
            sendRaw(json.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends connection_init and returns the answer. */
    Map<String, Object> init() {
        send(Map.of("type", "connection_init"));
        return next();
    }

    /** The next message from the server, waiting up to 15 s; null when none came. */
    Map<String, Object> next() {
        try {
            return received.poll(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next message, waiting up to {@code millis}; null when none came. */
    Map<String, Object> next(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Starts the closing handshake from this side; the server's answer completes {@link #closed}. */
    void sendClose(int code, String reason) {
        socket.sendClose(code, reason).join();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    received.add(json.readValue(text.toString(), Map.class));
                } catch (IOException e) {
                    received.add(Map.of("unparsable", text.toString()));
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
