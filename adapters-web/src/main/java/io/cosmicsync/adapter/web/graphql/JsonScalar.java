package io.cosmicsync.adapter.web.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import io.cosmicsync.domain.common.InvalidValueException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code JSON} scalar: any JSON value, written inline in a query ({@code schema: {type: "object"}})
 * or passed as a variable. Values travel as plain maps, lists, strings, numbers and booleans; this class
 * also converts them to and from the JSON text the application keeps.
 */
@Singleton
public class JsonScalar {

    private final JsonMapper json;

    /** Creates the scalar over the application's JSON mapper. */
    public JsonScalar(JsonMapper json) {
        this.json = json;
    }

    /** The scalar type for the schema. */
    GraphQLScalarType type() {
        return GraphQLScalarType.newScalar().name("JSON").description("Any JSON value")
                .coercing(new Coercing<Object, Object>() {
                    @Override
                    public Object serialize(Object value, GraphQLContext context, Locale locale) {
                        return value;
                    }

                    @Override
                    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                        return input;
                    }

                    @Override
                    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                               Locale locale) {
                        return literal(input, variables);
                    }
                }).build();
    }

    /** The JSON text of {@code value}; {@code BAD_USER_INPUT} on {@code field} when it cannot be written. */
    String text(String field, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new InvalidValueException(field, "cannot be written as JSON: " + e.getMessage());
        }
    }

    /** The value of stored JSON text. */
    Object parse(String text) {
        try {
            return json.readValue(text, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON does not parse", e);
        }
    }

    private static Object literal(Value<?> input, CoercedVariables variables) {
        if (input instanceof NullValue) {
            return null;
        }
        if (input instanceof StringValue s) {
            return s.getValue();
        }
        if (input instanceof BooleanValue b) {
            return b.isValue();
        }
        if (input instanceof IntValue i) {
            return i.getValue();
        }
        if (input instanceof FloatValue f) {
            return f.getValue();
        }
        if (input instanceof EnumValue e) {
            return e.getName();
        }
        if (input instanceof VariableReference v) {
            return variables.get(v.getName());
        }
        if (input instanceof ArrayValue a) {
            return a.getValues().stream().map(v -> literal(v, variables)).toList();
        }
        if (input instanceof ObjectValue o) {
            Map<String, Object> object = new LinkedHashMap<>();
            o.getObjectFields().forEach(field -> object.put(field.getName(), literal(field.getValue(), variables)));
            return object;
        }
        throw new CoercingParseLiteralException("not a JSON value: " + input);
    }

}
