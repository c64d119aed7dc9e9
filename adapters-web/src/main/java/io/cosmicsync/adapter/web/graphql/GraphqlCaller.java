package io.cosmicsync.adapter.web.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.cosmicsync.domain.user.UserId;
import java.util.Optional;

/**
 * Who sent a GraphQL operation: the user of the bearer token that authenticated the HTTP request (or
 * the WebSocket handshake), kept in the operation's {@link GraphQLContext} by {@link GraphqlRequestContext}.
 */
final class GraphqlCaller {

    private static final String KEY = GraphqlCaller.class.getName();

    private GraphqlCaller() {
    }

    static void put(GraphQLContext.Builder context, Optional<UserId> caller) {
        caller.ifPresent(userId -> context.of(KEY, userId));
    }

    /** The signed-in caller; {@code UNAUTHENTICATED} when the request carried no valid token. */
    static UserId require(DataFetchingEnvironment environment) {
        UserId caller = environment.getGraphQlContext().get(KEY);
        if (caller == null) {
            throw GraphqlRefusal.unauthenticated();
        }
        return caller;
    }
}
