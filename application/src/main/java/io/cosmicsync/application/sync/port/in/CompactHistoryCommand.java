package io.cosmicsync.application.sync.port.in;

/**
 * Asks to prune the change log.
 *
 * @param minimumReplicas refuse unless at least this many other replicas' vectors are known, at least 1
 */
public record CompactHistoryCommand(int minimumReplicas) {

    public CompactHistoryCommand {
        if (minimumReplicas < 1) {
            throw new IllegalArgumentException("minimumReplicas must be at least 1");
        }
    }
}
