package io.cosmicsync.adapter.web.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import io.cosmicsync.adapter.web.security.Callers;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnError;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * GraphQL over WebSocket at {@code /graphql} with the {@code graphql-transport-ws} subprotocol, the protocol
 * of the {@code graphql-ws} library (github.com/enisdenjo/graphql-ws, PROTOCOL.md), so stock clients work.
 *
 * <pre>
 *   client                              server
 *   connection_init {payload?}   --&gt;
 *                                 &lt;--   connection_ack          (or close 4403 for a bad token)
 *   subscribe {id, payload:{query, variables?, operationName?}} --&gt;
 *                                 &lt;--   next {id, payload: ExecutionResult}   (each event)
 *                                 &lt;--   error {id, payload: [GraphQLError]}   (refused, or invalid)
 *                                 &lt;--   complete {id}                         (stream ended)
 *   complete {id}                --&gt;                               (client stops it)
 *   ping / pong                  &lt;-&gt;   pong / ping
 * </pre>
 *
 * The caller is the user of the handshake's bearer token or, for browsers that cannot set headers, of the
 * {@code Authorization} ({@code "Bearer ..."}) entry of {@code connection_init}'s payload. Close codes as
 * the protocol says: 4400 bad message, 4401 subscribe before ack, 4403 bad token, 4408 no
 * {@code connection_init} within {@link #INIT_TIMEOUT}, 4409 a duplicate id, 4429 a second init.
 * Operations run through the same engine, limits and data fetchers as HTTP.
 */
@ServerWebSocket(value = "${graphql.path:/graphql}", subprotocols = GraphqlTransportWs.SUBPROTOCOL)
public class GraphqlTransportWs {

    /** The subprotocol name clients ask for. */
    public static final String SUBPROTOCOL = "graphql-transport-ws";
    /** How long a connection may stay without {@code connection_init}. */
    static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);
    /** Largest message accepted, in bytes. */
    static final int MAX_MESSAGE = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(GraphqlTransportWs.class);

    private final GraphQL graphQL;
    private final GraphqlRequestContext context;
    private final JsonMapper json;
    private final List<TokenValidator<HttpRequest<?>>> tokenValidators;
    private final ScheduledExecutorService timers;
    private final Scheduler blocking;
    private final Map<String, WsConnection> connections = new ConcurrentHashMap<>();

    /** Creates the endpoint over the node's GraphQL engine. */
    public GraphqlTransportWs(GraphQL graphQL, GraphqlRequestContext context, JsonMapper json,
                              List<TokenValidator<HttpRequest<?>>> tokenValidators,
                              @Named(TaskExecutors.SCHEDULED) ExecutorService timers,
                              @Named(TaskExecutors.IO) ExecutorService io) {
        this.graphQL = graphQL;
        this.context = context;
        this.json = json;
        this.tokenValidators = tokenValidators;
        this.timers = (ScheduledExecutorService) timers;
        this.blocking = Schedulers.fromExecutorService(io);
    }

    /** Accepts the socket and starts the {@code connection_init} timer. */
    @OnOpen
    public void onOpen(WebSocketSession session, HttpRequest<?> request) {
        WsConnection connection = connections.computeIfAbsent(session.getId(), id -> new WsConnection(session));
        connection.opened(request);
        connection.initTimeout = timers.schedule(() -> {
            if (!connection.initReceived.get()) {
                close(connection, 4408, "Connection initialisation timeout");
            }
        }, INIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Handles one protocol message. */
    @OnMessage(maxPayloadLength = MAX_MESSAGE)
    public void onMessage(String text, WebSocketSession session) {
        if (!session.isOpen()) {
            return;
        }
        WsConnection connection = connections.computeIfAbsent(session.getId(), id -> new WsConnection(session));
        connection.received(() -> handle(connection, text));
    }

    private void handle(WsConnection connection, String text) {
        Map<String, Object> message;
        try {
            message = json.readValue(text, Map.class);
        } catch (IOException | RuntimeException e) {
            close(connection, 4400, "Invalid message received");
            return;
        }
        Object type = message == null ? null : message.get("type");
        if ("connection_init".equals(type)) {
            init(connection, message.get("payload"));
        } else if ("ping".equals(type)) {
            send(connection, message.get("payload") == null ? Map.of("type", "pong")
                    : Map.of("type", "pong", "payload", message.get("payload")));
        } else if ("pong".equals(type)) {
            return;
        } else if ("subscribe".equals(type) && message.get("id") instanceof String id
                && message.get("payload") instanceof Map<?, ?> payload && payload.get("query") instanceof String) {
            subscribe(connection, id, payload);
        } else if ("complete".equals(type) && message.get("id") instanceof String id) {
            connection.finish(id);
        } else {
            close(connection, 4400, "Invalid message received");
        }
    }

    /** Ends the connection's operations. */
    @OnClose
    public void onClose(WebSocketSession session) {
        WsConnection connection = connections.remove(session.getId());
        if (connection != null) {
            connection.closeAll();
        }
    }

    /** Logs a transport failure; the socket closes. */
    @OnError
    public void onError(WebSocketSession session, Throwable error) {
        LOG.debug("GraphQL WebSocket {} failed", session.getId(), error);
    }

    private void init(WsConnection connection, Object payload) {
        if (!connection.initReceived.compareAndSet(false, true)) {
            close(connection, 4429, "Too many initialisation requests");
            return;
        }
        Optional<String> token = bearer(payload);
        Mono<Optional<Authentication>> authentication = token.isEmpty()
                ? Mono.just(connection.handshake().getUserPrincipal(Authentication.class))
                : Flux.fromIterable(tokenValidators).concatMap(v -> v.validateToken(token.get(), connection.handshake()))
                        .next().map(Optional::of).defaultIfEmpty(Optional.empty());
        authentication.subscribe(found -> {
            if (token.isPresent() && found.isEmpty()) {
                close(connection, 4403, "Forbidden");
                return;
            }
            connection.caller = found.map(Callers::userId);
            connection.acknowledged = true;
            send(connection, Map.of("type", "connection_ack"));
        }, error -> close(connection, 4403, "Forbidden"));
    }

    private static Optional<String> bearer(Object payload) {
        if (payload instanceof Map<?, ?> map) {
            Object value = map.get("Authorization") != null ? map.get("Authorization") : map.get("authorization");
            if (value instanceof String header && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Optional.of(header.substring(7).trim());
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private void subscribe(WsConnection connection, String id, Map<?, ?> payload) {
        if (!connection.acknowledged) {
            close(connection, 4401, "Unauthorized");
            return;
        }
        if (!connection.start(id)) {
            close(connection, 4409, "Subscriber for " + id + " already exists");
            return;
        }
        Object variables = payload.get("variables");
        ExecutionInput input = context.prepare(ExecutionInput.newExecutionInput()
                .query((String) payload.get("query"))
                .operationName(payload.get("operationName") instanceof String name ? name : null)
                .variables(variables instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of())
                .build(), connection.caller);
        Mono.fromFuture(() -> graphQL.executeAsync(input)).subscribeOn(blocking).subscribe(
                result -> deliver(connection, id, result),
                error -> fail(connection, id, error));
    }

    private void deliver(WsConnection connection, String id, ExecutionResult result) {
        if (result.getData() instanceof Publisher<?> events) {
            connection.attach(id, Flux.from(events).subscribe(
                    event -> {
                        if (connection.isRunning(id)) {
                            send(connection, next(id, (ExecutionResult) event));
                        }
                    },
                    error -> fail(connection, id, error),
                    () -> {
                        if (connection.finish(id)) {
                            send(connection, Map.of("id", id, "type", "complete"));
                        }
                    }));
        } else if (!result.getErrors().isEmpty() && result.getData() == null) {
            if (connection.finish(id)) {
                send(connection, error(id, result.getErrors()));
            }
        } else if (connection.finish(id)) {
            send(connection, next(id, result));
            send(connection, Map.of("id", id, "type", "complete"));
        }
    }

    private void fail(WsConnection connection, String id, Throwable error) {
        if (!connection.finish(id)) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        if (error instanceof GraphqlRefusal refusal) {
            problem.put("message", refusal.getMessage());
            problem.put("extensions", Map.of("code", refusal.code()));
        } else {
            LOG.error("GraphQL operation {} failed", id, error);
            problem.put("message", "internal error; the node's log has the details");
            problem.put("extensions", Map.of("code", "INTERNAL_SERVER_ERROR"));
        }
        send(connection, Map.of("id", id, "type", "error", "payload", List.of(problem)));
    }

    private static Map<String, Object> next(String id, ExecutionResult result) {
        return Map.of("id", id, "type", "next", "payload", result.toSpecification());
    }

    private static Map<String, Object> error(String id, List<GraphQLError> errors) {
        return Map.of("id", id, "type", "error",
                "payload", errors.stream().map(GraphQLError::toSpecification).toList());
    }

    private void send(WsConnection connection, Map<String, ?> message) {
        if (!connection.session.isOpen()) {
            return;
        }
        try {
            connection.session.sendAsync(json.writeValueAsString(message));
        } catch (IOException e) {
            LOG.warn("cannot write a GraphQL WebSocket message", e);
        }
    }

    private void close(WsConnection connection, int code, String reason) {
        connection.closeAll();
        if (connection.session.isOpen()) {
            connection.session.close(new CloseReason(code, reason));
        }
    }
}
