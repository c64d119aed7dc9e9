package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.out.SyncStoreContract;

/** The reference fake meets the shared port contract (the PostgreSQL adapters run the same tests). */
class InMemorySyncStoreContractTest extends SyncStoreContract {

    @Override
    protected Ports emptyStore() {
        InMemorySyncStore s = new InMemorySyncStore();
        return new Ports(s, s, s, s, s, s, s, s, s, s, s.policies::put, s);
    }
}
