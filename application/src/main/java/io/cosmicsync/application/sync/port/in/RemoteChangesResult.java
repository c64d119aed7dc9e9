package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.ChangeId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of {@link ApplyRemoteChangesUseCase}.
 *
 * @param applied    changes applied now, in the order applied (received ones and released waiting ones)
 * @param duplicates received changes already applied or already waiting
 * @param waiting    received changes parked, with the dependencies they wait for
 * @param rejected   received changes refused (clock drift, full buffer), with the reason
 */
public record RemoteChangesResult(List<ChangeId> applied, List<ChangeId> duplicates,
                                  Map<ChangeId, Set<ChangeId>> waiting, Map<ChangeId, String> rejected) {

    public RemoteChangesResult {
        applied = List.copyOf(applied);
        duplicates = List.copyOf(duplicates);
        waiting = Map.copyOf(waiting);
        rejected = Map.copyOf(rejected);
    }
}
