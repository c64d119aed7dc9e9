package io.cosmicsync.bootstrap.support;

import io.micronaut.core.type.Argument;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A real WebSocket client (the JDK's) for the change feed: collects messages, remembers how it was closed. */
public final class FeedClient implements WebSocket.Listener, AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final JsonMapper json;
    private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private FeedClient(JsonMapper json) {
        this.json = json;
    }

    /** Connects to {@code /api/v1/ws} with {@code token} in the Authorization header ({@code null}: none). */
    public static FeedClient connect(String httpBase, String token, JsonMapper json) {
        return open(httpBase + "/api/v1/ws", token, json);
    }

    /** Connects with the token in the {@code access_token} query parameter, as a browser would. */
    public static FeedClient connectWithQueryToken(String httpBase, String token, JsonMapper json) {
        return open(httpBase + "/api/v1/ws?access_token=" + token, null, json);
    }

    private static FeedClient open(String httpUrl, String token, JsonMapper json) {
        FeedClient client = new FeedClient(json);
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        URI uri = URI.create(httpUrl.replaceFirst("^http", "ws").replace("//localhost", "//127.0.0.1"));
        try {
            client.socket = builder.buildAsync(uri, client).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new HandshakeFailed(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
        return client;
    }

    /** The handshake was refused or failed. */
    public static final class HandshakeFailed extends RuntimeException {
        HandshakeFailed(Throwable cause) {
            super(cause);
        }
    }

    /** Sends {@code message} as a JSON text frame. */
    public void send(Map<String, ?> message) {
        try {
            sendText(json.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends raw text. */
    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message, waiting up to 10 s; fails when none arrives. */
    public Map<String, Object> next() {
        try {
            Map<String, Object> message = messages.poll(10, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message within 10 s");
            }
            return message;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next message if one arrives within {@code wait}, else {@code null}. */
    public Map<String, Object> poll(Duration wait) {
        try {
            return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "code reason" of the server's close frame, waiting up to 10 s. */
    public String closeStatus() {
        try {
            return closed.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the connection was not closed within 10 s", e);
        }
    }

    /**
     * Starts the closing handshake from this side (RFC 6455 §5.5.1) and returns "code reason" of the server's answering
     * Close frame, waiting up to 10 s.
     */
    public String closeFirst(int code, String reason) {
        socket.sendClose(code, reason).join();
        return closeStatus();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(json.readValue(partial.toString(), Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("error " + error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
