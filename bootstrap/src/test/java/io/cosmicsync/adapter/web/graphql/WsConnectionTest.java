package io.cosmicsync.adapter.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.websocket.WebSocketSession;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Micronaut may run a session's first messages before its open handler; the connection holds them until then. */
class WsConnectionTest {

    private final WebSocketSession session = (WebSocketSession) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {WebSocketSession.class}, (proxy, method, args) ->
                    method.getName().equals("getId") ? "s1" : null);

    @Test
    void messages_received_before_the_open_handler_are_handled_after_it_in_arrival_order() {
        WsConnection connection = new WsConnection(session);
        List<String> handled = new CopyOnWriteArrayList<>();
        HttpRequest<?> upgrade = HttpRequest.GET("/graphql");

        connection.received(() -> handled.add("init for " + connection.handshake().getPath()));
        connection.received(() -> handled.add("subscribe"));
        assertThat(handled).isEmpty();

        connection.opened(upgrade);
        connection.received(() -> handled.add("complete"));

        assertThat(handled).containsExactly("init for /graphql", "subscribe", "complete");
    }

    @Test
    void a_handler_that_fails_does_not_stop_the_messages_after_it() {
        WsConnection connection = new WsConnection(session);
        List<String> handled = new CopyOnWriteArrayList<>();
        connection.opened(HttpRequest.GET("/graphql"));

        connection.received(() -> {
            throw new IllegalStateException("boom");
        });
        connection.received(() -> handled.add("next"));

        assertThat(handled).containsExactly("next");
    }
}
