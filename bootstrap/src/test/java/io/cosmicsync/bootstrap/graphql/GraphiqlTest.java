package io.cosmicsync.bootstrap.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GraphiQL, the in-browser IDE, is served at {@code /graphiql} when {@code graphql.graphiql.enabled} is true. */
@MicronautTest(transactional = false)
class GraphiqlTest extends ApiTestSupport {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("graphql.graphiql.enabled", "true");
        return properties;
    }

    @Test
    void graphiql_is_served_when_enabled_and_points_at_the_graphql_endpoint() {
        Http.Response page = http.get("/graphiql", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).containsIgnoringCase("graphiql").contains("/graphql");
    }
}
