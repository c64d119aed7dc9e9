package io.cosmicsync.adapter.web.graphql;

import io.cosmicsync.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.websocket.WebSocketSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;

/**
 * The state of one {@code graphql-transport-ws} connection: whether {@code connection_init} arrived and was
 * acknowledged, the caller it authenticated, and the running operations by the client's ids.
 */
final class WsConnection {

    private static final Logger LOG = LoggerFactory.getLogger(WsConnection.class);

    final WebSocketSession session;
    private final CompletableFuture<HttpRequest<?>> handshake = new CompletableFuture<>();
    /** Messages wait for {@link #opened}: Micronaut may run a session's first message before its open handler. */
    private CompletableFuture<Void> inbox = handshake.thenAccept(request -> { });
    final AtomicBoolean initReceived = new AtomicBoolean();
    volatile boolean acknowledged;
    volatile Optional<UserId> caller = Optional.empty();
    volatile ScheduledFuture<?> initTimeout;
    private final Map<String, Disposable> operations = new ConcurrentHashMap<>();

    WsConnection(WebSocketSession session) {
        this.session = session;
    }

    /** The upgrade request arrived at the open handler: messages received so far, and later ones, are handled. */
    void opened(HttpRequest<?> request) {
        handshake.complete(request);
    }

    /** The upgrade request; only called from a message handler, which runs after {@link #opened}. */
    HttpRequest<?> handshake() {
        return handshake.join();
    }

    /** Runs {@code handler} for a received message after the handlers of the messages before it. */
    synchronized void received(Runnable handler) {
        inbox = inbox.thenRun(handler).exceptionally(e -> {
            LOG.error("GraphQL WebSocket {}: handling a message failed", session.getId(), e);
            return null;
        });
    }

    /** Registers operation {@code id}; false when one with that id is running. */
    boolean start(String id) {
        return operations.putIfAbsent(id, Disposables.single()) == null;
    }

    /** Attaches the running subscription to {@code id}, or disposes it when the operation was completed meanwhile. */
    void attach(String id, Disposable running) {
        if (operations.replace(id, running) == null) {
            running.dispose();
        }
    }

    boolean isRunning(String id) {
        return operations.containsKey(id);
    }

    /** Ends operation {@code id} (the client completed it, or it finished); true when it was running. */
    boolean finish(String id) {
        Disposable running = operations.remove(id);
        if (running != null) {
            running.dispose();
            return true;
        }
        return false;
    }

    /** Ends every operation and the init timer: the socket closed. */
    void closeAll() {
        ScheduledFuture<?> timer = initTimeout;
        if (timer != null) {
            timer.cancel(false);
        }
        operations.values().forEach(Disposable::dispose);
        operations.clear();
    }
}
