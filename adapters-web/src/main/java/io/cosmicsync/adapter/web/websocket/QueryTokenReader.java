package io.cosmicsync.adapter.web.websocket;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the access token from the {@code access_token} query parameter, on the WebSocket feed's path
 * only: browsers cannot set an {@code Authorization} header on a WebSocket handshake. Everywhere else a
 * token is accepted only in the header, so tokens do not end up in ordinary URLs.
 */
@Singleton
public final class QueryTokenReader implements TokenReader<HttpRequest<?>> {

    /** The query parameter that carries the token. */
    public static final String PARAMETER = "access_token";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (!ChangeFeedWebSocket.PATH.equals(request.getPath())) {
            return Optional.empty();
        }
        return request.getParameters().getFirst(PARAMETER).filter(token -> !token.isBlank());
    }
}
