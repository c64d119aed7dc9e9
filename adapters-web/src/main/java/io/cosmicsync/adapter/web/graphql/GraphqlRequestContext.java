package io.cosmicsync.adapter.web.graphql;

import graphql.ExecutionInput;
import graphql.parser.ParserOptions;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.configuration.graphql.GraphQLExecutionInputCustomizer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Prepares each GraphQL operation (HTTP request or WebSocket subscription): the caller from the request's
 * authentication, a fresh set of data loaders (batches live for one operation, so no data leaks between
 * callers), the parser's size limit, and a hop to the I/O executor, because data fetchers call use cases
 * that block on the database and must not run on the Netty event loop.
 */
@Singleton
public class GraphqlRequestContext implements GraphQLExecutionInputCustomizer {

    private final BatchLoaders batchLoaders;
    private final GraphqlSettings settings;
    private final Scheduler blocking;

    /** Creates the customizer; {@code io} is Micronaut's executor for blocking work. */
    public GraphqlRequestContext(BatchLoaders batchLoaders, GraphqlSettings settings,
                                 @Named(TaskExecutors.IO) ExecutorService io) {
        this.batchLoaders = batchLoaders;
        this.settings = settings;
        this.blocking = Schedulers.fromExecutorService(io);
    }

    @Override
    public Publisher<ExecutionInput> customize(ExecutionInput input, HttpRequest request,
                                               MutableHttpResponse<String> response) {
        return Mono.just(prepare(input, caller(request))).publishOn(blocking);
    }

    /** {@code input} ready to execute for {@code caller} (empty: anonymous). */
    ExecutionInput prepare(ExecutionInput input, Optional<UserId> caller) {
        ParserOptions parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxCharacters(settings.getMaxQueryCharacters()));
        return input.transform(builder -> builder
                .graphQLContext(context -> {
                    GraphqlCaller.put(context, caller);
                    context.of(ParserOptions.class, parserOptions);
                })
                .dataLoaderRegistry(batchLoaders.registry(caller)));
    }

    /** The user who authenticated {@code request}, if any. */
    static Optional<UserId> caller(HttpRequest<?> request) {
        if (request == null) {
            return Optional.empty();
        }
        return request.getUserPrincipal(Authentication.class).map(Callers::userId);
    }
}
