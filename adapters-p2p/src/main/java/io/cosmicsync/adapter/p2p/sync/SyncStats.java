package io.cosmicsync.adapter.p2p.sync;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of the sync protocol since start, for metrics; all thread-safe. */
public final class SyncStats {
    final AtomicLong batchesSent = new AtomicLong();
    final AtomicLong batchesReceived = new AtomicLong();
    final AtomicLong changesPublished = new AtomicLong();
    final AtomicLong changesApplied = new AtomicLong();
    final AtomicLong changesRejected = new AtomicLong();
    final AtomicLong malformedInputs = new AtomicLong();
    final AtomicLong catchUps = new AtomicLong();

    /** Anti-entropy batches this node sent to peers. */
    public long batchesSent() {
        return batchesSent.get();
    }

    /** Anti-entropy batches this node received. */
    public long batchesReceived() {
        return batchesReceived.get();
    }

    /** Local changes published on gossip topics. */
    public long changesPublished() {
        return changesPublished.get();
    }

    /** Remote changes applied (from gossip or anti-entropy). */
    public long changesApplied() {
        return changesApplied.get();
    }

    /** Remote changes refused: bad signature, clock drift, full buffer. */
    public long changesRejected() {
        return changesRejected.get();
    }

    /** Undecodable gossip messages or sync frames (the stream was closed). */
    public long malformedInputs() {
        return malformedInputs.get();
    }

    /** Anti-entropy rounds this node completed as the asking side. */
    public long catchUps() {
        return catchUps.get();
    }
}
