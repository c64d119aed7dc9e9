package io.cosmicsync.adapter.web.websocket;

import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.feed.port.in.SubscribeToChangesUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnError;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * {@code /api/v1/ws}: the live change feed over WebSocket (docs/live-feed.md). The handshake is
 * authenticated like any request (an {@code Authorization: Bearer} header, or the {@code access_token}
 * query parameter for browsers); without a valid token it is refused with 401. The client then subscribes
 * to scopes (project ids it is a member of) with an optional cursor and receives every committed change
 * of those scopes in commit order. The feed is read-only.
 *
 * <p>Client frames are text, at most {@link #MAX_FRAME} bytes; a malformed one gets an error message and
 * the connection is closed (1008); a larger one gets an error message and a close with 1009.
 */
@ServerWebSocket(ChangeFeedWebSocket.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ChangeFeedWebSocket {

    /** Where the feed listens. */
    public static final String PATH = "/api/v1/ws";
    /** Largest client frame accepted, in bytes. */
    public static final int MAX_FRAME = 16 * 1024;
    private final FeedConnection.Deps deps;
    /** By session id; created by whichever of open and first message runs first (Micronaut may run them concurrently). */
    private final Map<String, FeedConnection> connections = new ConcurrentHashMap<>();

    public ChangeFeedWebSocket(SubscribeToChangesUseCase subscribe, FeedMessages messages, JsonMapper json,
                               @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                               @Value("${cosmicsync.feed.max-queue:1000}") int maxQueue) {
        if (maxQueue < 1) {
            throw new IllegalArgumentException("cosmicsync.feed.max-queue must be at least 1, got " + maxQueue);
        }
        this.deps = new FeedConnection.Deps(subscribe, messages, json, executor, maxQueue);
    }

    /** Binds the connection to the authenticated caller. */
    @OnOpen
    public void onOpen(WebSocketSession session, HttpRequest<?> request) {
        Authentication caller = request.getUserPrincipal(Authentication.class).orElse(null);
        if (caller == null) {
            connections.remove(session.getId());
            session.close(new CloseReason(CloseReason.POLICY_VIOLATION.getCode(), "not authenticated"));
            return;
        }
        connection(session).opened(Callers.userId(caller));
    }

    private FeedConnection connection(WebSocketSession session) {
        return connections.computeIfAbsent(session.getId(), id -> new FeedConnection(session, deps));
    }

    /** A client message: handled in order, off the event loop. */
    @OnMessage(maxPayloadLength = MAX_FRAME)
    public void onMessage(String message, WebSocketSession session) {
        connection(session).received(message, MAX_FRAME);
    }

    /** Stops the connection's feed. */
    @OnClose
    public void onClose(WebSocketSession session) {
        FeedConnection connection = connections.remove(session.getId());
        if (connection != null) {
            connection.closed();
        }
    }

    /** A transport error: the connection is closed, its feed stopped. */
    @OnError
    public void onError(WebSocketSession session, Throwable error) {
        onClose(session);
        if (session.isOpen()) {
            session.close(CloseReason.INTERNAL_ERROR);
        }
    }
}
