package io.cosmicsync.adapter.p2p.sync;

/**
 * Gossipsub topics that carry changes. Each sync scope (a project) has its own topic, so a node
 * follows only the scopes it holds; the directory topic carries the first change of a scope a node
 * announces, so peers learn new scopes and start following them.
 */
public final class SyncTopics {

    /** Every node subscribes to it. */
    public static final String DIRECTORY = "/cosmicsync/scopes/1.0.0";
    private static final String SCOPE_PREFIX = "/cosmicsync/scope/1.0.0/";

    private SyncTopics() {
    }

    /** The topic of {@code scope}'s changes. */
    public static String ofScope(String scope) {
        return SCOPE_PREFIX + scope;
    }
}
