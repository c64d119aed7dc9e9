package io.cosmicsync.adapter.web.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.micronaut.configuration.graphql.GraphQLConfiguration;
import io.micronaut.configuration.graphql.ws.apollo.GraphQLApolloWsConfiguration;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the node's {@link GraphQL} engine, which micronaut-graphql serves at {@code /graphql} (HTTP) and
 * over the {@code graphql-transport-ws} WebSocket protocol: the schema in {@code graphql/cosmicsync.graphqls}
 * wired to the data fetchers, the depth and complexity limits of {@link GraphqlSettings}, and
 * {@link GraphqlErrors} for every error.
 */
@Factory
public class GraphqlFactory {

    static final String SCHEMA = "classpath:graphql/cosmicsync.graphqls";

    /** The engine; one per node. */
    @Singleton
    GraphQL graphQL(ResourceResolver resources, GraphqlSettings settings, JsonScalar json, UserFetchers users,
                    ProjectFetchers projects, CollectionFetchers collections, DocumentFetchers documents,
                    ChangeSubscriptions changes) {
        TypeDefinitionRegistry types;
        try (InputStream in = resources.getResourceAsStream(SCHEMA)
                .orElseThrow(() -> new IllegalStateException("missing " + SCHEMA))) {
            types = new SchemaParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA, e);
        }
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().scalar(json.type());
        users.wire(wiring);
        projects.wire(wiring);
        collections.wire(wiring);
        documents.wire(wiring);
        changes.wire(wiring);
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
        GraphqlErrors errors = new GraphqlErrors();
        return GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(new AsyncExecutionStrategy(errors))
                .mutationExecutionStrategy(new AsyncSerialExecutionStrategy(errors))
                .subscriptionExecutionStrategy(new SubscriptionExecutionStrategy(errors))
                .instrumentation(new ChainedInstrumentation(List.of(
                        new MaxQueryDepthInstrumentation(settings.getMaxDepth()),
                        new MaxQueryComplexityInstrumentation(settings.getMaxComplexity()),
                        errors)))
                .build();
    }

    /**
     * What micronaut-graphql's GraphiQL page reads for its subscription URL: the node's own
     * {@code graphql-transport-ws} endpoint on the GraphQL path. Only a value for the page; micronaut-graphql's
     * legacy Apollo endpoint stays off (its own property is not set).
     */
    @Singleton
    @Requires(property = "graphql.graphiql.enabled", value = "true")
    GraphQLApolloWsConfiguration graphiqlSubscriptionEndpoint(GraphQLConfiguration graphql) {
        GraphQLApolloWsConfiguration endpoint = new GraphQLApolloWsConfiguration();
        endpoint.setEnabled(true);
        endpoint.setPath(graphql.getPath());
        return endpoint;
    }
}
