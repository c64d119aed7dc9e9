package io.cosmicsync.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.document.query.Filter;
import io.cosmicsync.application.document.query.FilterParser;
import io.cosmicsync.application.document.query.SortKey;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.sync.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterParserTest {

    private static Value map(Object... keyValues) {
        java.util.Map<String, Value> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            entries.put((String) keyValues[i], (Value) keyValues[i + 1]);
        }
        return new Value.MapValue(entries);
    }

    private static Value list(Value... values) {
        return new Value.ListValue(List.of(values));
    }

    @Test
    void a_plain_value_is_equality_and_an_operator_object_holds_every_operator() {
        Filter filter = FilterParser.parse(map("status", Value.of("open"), "score", map("gte", Value.of(3), "lt", Value.of(10))));

        assertThat(filter).isEqualTo(new Filter.All(List.of(
                new Filter.Compare(new FieldPath("score"), Filter.Operator.GTE, Value.of(3)),
                new Filter.Compare(new FieldPath("score"), Filter.Operator.LT, Value.of(10)),
                new Filter.Compare(new FieldPath("status"), Filter.Operator.EQ, Value.of("open")))));
    }

    @Test
    void and_or_in_exists_and_contains_nest() {
        Filter filter = FilterParser.parse(map("$or", list(
                map("address.city", map("in", list(Value.of("Lyon"), Value.of("Paris")))),
                map("due", map("exists", new Value.BooleanValue(false))),
                map("tags", map("contains", Value.of("urgent"))))));

        assertThat(filter).isEqualTo(new Filter.Any(List.of(
                new Filter.In(new FieldPath("address.city"), List.of(Value.of("Lyon"), Value.of("Paris"))),
                new Filter.Exists(new FieldPath("due"), false),
                new Filter.Compare(new FieldPath("tags"), Filter.Operator.CONTAINS, Value.of("urgent")))));
        assertThat(FilterParser.parse(null)).isEqualTo(Filter.NONE);
        assertThat(FilterParser.parse(map())).isEqualTo(Filter.NONE);
    }

    @Test
    void refuses_unknown_operators_bad_operands_bad_paths_and_filters_too_deep_or_too_large() {
        Value deep = map("a", Value.of(1));
        for (int i = 0; i < FilterParser.MAX_DEPTH; i++) {
            deep = map("$and", list(deep));
        }
        Value[] many = new Value[FilterParser.MAX_CONDITIONS + 1];
        java.util.Arrays.fill(many, map("a", Value.of(1)));
        Map<String, Value> bad = Map.of(
                "unknown operator", map("score", map("near", Value.of(3))),
                "range on a list", map("score", map("lt", list(Value.of(1)))),
                "exists not boolean", map("score", map("exists", Value.of(1))),
                "empty in", map("score", map("in", list())),
                "empty $or", map("$or", list()),
                "unknown keyword", map("$not", map()),
                "bad path", map("a..b", Value.of(1)),
                "not an object", Value.of("status"),
                "too deep", deep,
                "too many", map("$and", list(many)));

        bad.forEach((why, form) -> assertThatThrownBy(() -> FilterParser.parse(form)).as(why)
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("filter")));
    }

    @Test
    void sort_lists_read_directions_and_refuse_too_many_keys() {
        assertThat(SortKey.parseList("-score, title")).containsExactly(new SortKey(new FieldPath("score"), true),
                new SortKey(new FieldPath("title"), false));
        assertThat(SortKey.parseList(null)).isEmpty();
        assertThatThrownBy(() -> SortKey.parseList("a,b,c,d,e")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SortKey.parseList("score;drop")).isInstanceOf(InvalidValueException.class);
    }
}
