package io.cosmicsync.adapter.web.graphql;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Limits on GraphQL operations ({@code cosmicsync.graphql.*}), so that one request cannot make the node
 * parse, walk or resolve without bound. A query over a limit gets a GraphQL error, never a 500.
 */
@ConfigurationProperties("cosmicsync.graphql")
public class GraphqlSettings {

    private int maxQueryCharacters = 20_000;
    private int maxDepth = 10;
    private int maxComplexity = 500;
    private Duration subscriptionRecheck = Duration.ofSeconds(10);

    /** Most characters an operation's text may have (default 20,000). */
    public int getMaxQueryCharacters() {
        return maxQueryCharacters;
    }

    /** Sets {@link #getMaxQueryCharacters()}. */
    public void setMaxQueryCharacters(int maxQueryCharacters) {
        this.maxQueryCharacters = maxQueryCharacters;
    }

    /** Deepest nesting of fields (default 10; {@code { project { members { user { profile { name } } } } } } is 5). */
    public int getMaxDepth() {
        return maxDepth;
    }

    /** Sets {@link #getMaxDepth()}. */
    public void setMaxDepth(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Most fields an operation may select, counting each field once (default 500). */
    public int getMaxComplexity() {
        return maxComplexity;
    }

    /** Sets {@link #getMaxComplexity()}. */
    public void setMaxComplexity(int maxComplexity) {
        this.maxComplexity = maxComplexity;
    }

    /** How long a subscriber's access decision is trusted while events flow (default 10 s). */
    public Duration getSubscriptionRecheck() {
        return subscriptionRecheck;
    }

    /** Sets {@link #getSubscriptionRecheck()}. */
    public void setSubscriptionRecheck(Duration subscriptionRecheck) {
        this.subscriptionRecheck = subscriptionRecheck;
    }
}
