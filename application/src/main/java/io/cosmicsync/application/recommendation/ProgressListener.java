package io.cosmicsync.application.recommendation;

/**
 * Hears how far a long job got, e.g. to draw a progress bar or write a log line. Called from the
 * job's threads; implementations must be thread-safe and cheap.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Listens to nothing. */
    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * @param stage what the job is doing, e.g. {@code "neighbours similar"}
     * @param done  units finished so far in this stage
     * @param total units in this stage ({@code done == total} at its end)
     */
    void report(String stage, long done, long total);
}
