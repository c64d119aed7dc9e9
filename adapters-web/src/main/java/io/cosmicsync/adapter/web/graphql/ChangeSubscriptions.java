package io.cosmicsync.adapter.web.graphql;

import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

/** Subscriptions to committed changes; wired once the sync core reports committed changes. */
@Singleton
public class ChangeSubscriptions {

    void wire(RuntimeWiring.Builder wiring) {
        // filled in with the change feed
    }
}
