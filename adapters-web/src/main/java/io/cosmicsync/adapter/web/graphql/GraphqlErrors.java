package io.cosmicsync.adapter.web.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.cosmicsync.domain.common.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every GraphQL error carries {@code extensions.code}, and none carries a stack trace.
 *
 * <ul>
 *   <li>refusals of use cases ({@link GraphqlRefusal}): {@code NOT_FOUND}, {@code FORBIDDEN}, {@code CONFLICT},
 *       {@code UNAUTHENTICATED};</li>
 *   <li>unusable input ({@link InvalidValueException}): {@code BAD_USER_INPUT} with {@code extensions.field};</li>
 *   <li>a query that does not parse or validate, or exceeds the size, depth or complexity limits:
 *       {@code GRAPHQL_PARSE_FAILED}, {@code GRAPHQL_VALIDATION_FAILED}, {@code QUERY_TOO_COMPLEX};</li>
 *   <li>anything else is a bug: {@code INTERNAL_SERVER_ERROR}, logged here with its stack trace.</li>
 * </ul>
 *
 * As {@link DataFetcherExceptionHandler} it maps what a data fetcher throws; as an instrumentation it adds
 * a code to the errors graphql-java makes itself (syntax, validation, aborted execution).
 */
public final class GraphqlErrors extends SimplePerformantInstrumentation implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GraphqlErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable thrown = unwrap(parameters.getException());
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError()
                .path(parameters.getPath()).location(parameters.getSourceLocation());
        if (thrown instanceof GraphqlRefusal refusal) {
            Map<String, Object> extensions = extensions(refusal.code(), refusal.field());
            if (!refusal.violations().isEmpty()) {
                extensions.put("violations", refusal.violations());
            }
            error.message(refusal.getMessage()).errorType(classification(refusal.code())).extensions(extensions);
        } else if (thrown instanceof InvalidValueException invalid) {
            error.message(invalid.field() + ": " + invalid.reason()).errorType(ErrorType.ValidationError)
                    .extensions(extensions("BAD_USER_INPUT", invalid.field()));
        } else {
            LOG.error("GraphQL field {} failed", parameters.getPath(), thrown);
            error.message("internal error; the node's log has the details").errorType(ErrorType.DataFetchingException)
                    .extensions(extensions("INTERNAL_SERVER_ERROR", null));
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error.build()).build());
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().allMatch(GraphqlErrors::hasCode)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(GraphqlErrors::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        String code;
        if (error instanceof AbortExecutionException) {
            code = "QUERY_TOO_COMPLEX";
        } else if (error.getErrorType() == ErrorType.InvalidSyntax) {
            code = "GRAPHQL_PARSE_FAILED";
        } else if (error.getErrorType() == ErrorType.ValidationError) {
            code = "GRAPHQL_VALIDATION_FAILED";
        } else {
            code = "INTERNAL_SERVER_ERROR";
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code);
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build();
    }

    private static Map<String, Object> extensions(String code, String field) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (field != null) {
            extensions.put("field", field);
        }
        return extensions;
    }

    private static ErrorClassification classification(String code) {
        return ErrorClassification.errorClassification(code);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
