package io.cosmicsync.adapter.web.websocket;

import io.cosmicsync.application.feed.ChangeFeedListener;
import io.cosmicsync.application.feed.FeedEntry;
import io.cosmicsync.application.feed.FeedSubscription;
import io.cosmicsync.application.feed.port.in.FeedEnd;
import io.cosmicsync.application.feed.port.in.SubscribeResult;
import io.cosmicsync.application.feed.port.in.SubscribeToChangesCommand;
import io.cosmicsync.application.feed.port.in.SubscribeToChangesUseCase;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's WebSocket connection to the feed: handles its messages one at a time, in arrival order, on
 * a blocking-capable executor (subscribing checks access in the database), holds at most one subscription,
 * and sends through a bounded queue: when more than {@code maxQueue} messages are unsent, the client is too
 * slow and the connection is closed (1013), so it never holds back other subscribers or the node's memory.
 */
final class FeedConnection implements ChangeFeedListener {

    private static final Logger LOG = LoggerFactory.getLogger(FeedConnection.class);

    private final WebSocketSession session;
    private final CompletableFuture<UserId> user = new CompletableFuture<>();
    private final Deps deps;
    private final AtomicInteger pending = new AtomicInteger();
    /** Messages wait for {@link #opened}: Micronaut may run a session's first message before its open handler. */
    private CompletableFuture<Void> inbox = user.thenAccept(opened -> { });
    private final AtomicReference<FeedSubscription> subscription = new AtomicReference<>();

    /** What every connection shares. */
    record Deps(SubscribeToChangesUseCase subscribe, FeedMessages messages, JsonMapper json, Executor executor, int maxQueue) {
    }

    FeedConnection(WebSocketSession session, Deps deps) {
        this.session = session;
        this.deps = deps;
    }

    /** The handshake's authenticated caller: messages received so far, and later ones, are handled for them. */
    void opened(UserId caller) {
        user.complete(caller);
    }

    /** A text frame arrived: handled after the ones before it; one longer than {@code maxChars} closes the connection (1009). */
    synchronized void received(String text, int maxChars) {
        if (text.length() > maxChars) {
            closeWith("message_too_big", "a message may have at most " + maxChars + " characters", CloseReason.MESSAGE_TO_BIG.getCode());
            return;
        }
        inbox = inbox.thenRunAsync(() -> handle(text), deps.executor()).exceptionally(e -> {
            LOG.error("change feed: handling a client message failed", e);
            closeWith("internal_error", "the server failed to handle the message", CloseReason.INTERNAL_ERROR.getCode());
            return null;
        });
    }

    private void handle(String text) {
        if (!session.isOpen()) {
            return;
        }
        ClientMessage message;
        try {
            message = ClientMessage.parse(deps.json(), text);
        } catch (ClientMessage.ProtocolViolation violation) {
            closeWith("malformed_message", violation.getMessage(), CloseReason.POLICY_VIOLATION.getCode());
            return;
        }
        if (message instanceof ClientMessage.Subscribe subscribe) {
            subscribe(subscribe);
        } else {
            unsubscribe();
        }
    }

    private void subscribe(ClientMessage.Subscribe request) {
        if (subscription.get() != null) {
            send(deps.messages().error("already_subscribed", "this connection already has a subscription; unsubscribe first"));
            return;
        }
        SubscribeResult result = deps.subscribe().subscribe(new SubscribeToChangesCommand(user.join(), request.scopes(), request.cursor(), this));
        if (result instanceof SubscribeResult.Subscribed subscribed) {
            subscription.set(subscribed.subscription());
            send(deps.messages().subscribed(request.scopes(), subscribed.cursor()));
            subscribed.subscription().start();
        } else if (result instanceof SubscribeResult.NotFound notFound) {
            send(deps.messages().error("not_found", notFound.what() + " not found"));
        } else if (result instanceof SubscribeResult.Forbidden forbidden) {
            send(deps.messages().error("forbidden", forbidden.reason()));
        } else if (result instanceof SubscribeResult.UnknownCursor unknown) {
            send(deps.messages().error("unknown_cursor", "cursor " + unknown.cursor() + " is beyond this node's newest change ("
                    + unknown.newest() + "): reload the documents and subscribe without a cursor"));
        }
    }

    private void unsubscribe() {
        closed();
        send(deps.messages().unsubscribed());
    }

    /** The connection closed: stop the feed. Never called with the feed's locks held. */
    void closed() {
        FeedSubscription current = subscription.getAndSet(null);
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public boolean deliver(FeedEntry entry) {
        if (pending.get() >= deps.maxQueue()) {
            return false;
        }
        send(deps.messages().change(entry));
        return true;
    }

    @Override
    public int backlog() {
        return pending.get();
    }

    @Override
    public void ended(FeedEnd end) {
        subscription.set(null);
        switch (end.reason()) {
            case TOO_SLOW -> session.close(new CloseReason(CloseReason.TRY_AGAIN_LATER.getCode(), "too slow: more than " + deps.maxQueue() + " messages unsent"));
            case COMPACTED -> send(deps.messages().error("cursor_compacted", end.detail()));
            case FAILED -> send(deps.messages().error("feed_failed", end.detail()));
        }
    }

    private void closeWith(String code, String message, int closeCode) {
        send(deps.messages().error(code, message)).whenComplete((ok, e) -> session.close(new CloseReason(closeCode, truncate(code))));
    }

    private CompletableFuture<?> send(String text) {
        pending.incrementAndGet();
        return session.sendAsync(text).whenComplete((ok, e) -> pending.decrementAndGet());
    }

    private static String truncate(String reason) {
        return reason.length() <= 120 ? reason : reason.substring(0, 120);
    }
}
