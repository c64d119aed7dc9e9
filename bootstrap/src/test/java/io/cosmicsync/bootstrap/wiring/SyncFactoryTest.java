package io.cosmicsync.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.PendingChangesPort;
import io.cosmicsync.application.sync.port.out.LoadChangesPort.SequencedChange;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.HybridLogicalClock;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncFactoryTest {
    private static final long FUTURE = System.currentTimeMillis() + 3_600_000;

    /** A log whose version vector holds {@code vector}; nothing else is asked of it. */
    private static LoadChangesPort logWith(VersionVector vector) {
        return new LoadChangesPort() {
            public boolean isApplied(ChangeId id) {
                return false;
            }

            public Set<ChangeId> heads() {
                return Set.of();
            }

            public VersionVector versionVector() {
                return vector;
            }

            public List<SequencedChange> loadChangesAfter(long afterSeq, VersionVector v, int max) {
                return List.of();
            }

            public VersionVector prunedVector() {
                return VersionVector.empty();
            }
        };
    }

    private static PendingChangesPort pendingWith(List<Change> waiting) {
        return new PendingChangesPort() {
            public List<Change> loadPending() {
                return waiting;
            }

            public void savePending(List<Change> w) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void the_clock_resumes_after_the_newest_timestamp_in_the_version_vector() {
        Hlc newest = new Hlc(FUTURE, 7);
        VersionVector vector = VersionVector.empty().with(new PeerId("a"), new Hlc(1, 0)).with(new PeerId("b"), newest);

        HybridLogicalClock clock = new SyncFactory().syncClock(logWith(vector), pendingWith(List.of()), Duration.ofSeconds(60));

        assertThat(clock.now()).isEqualTo(new Hlc(FUTURE, 8));
        assertThat(clock.maxDriftMillis()).isEqualTo(60_000);
    }

    @Test
    void the_clock_also_resumes_after_changes_still_waiting_for_dependencies() {
        Change waiting = Change.create(new PeerId("b"), new Hlc(FUTURE, 3), Set.of(),
                List.of(new Operation.IncrementCounter(new DocumentRef("s", "c", "d"), "n", 1)));

        HybridLogicalClock clock = new SyncFactory().syncClock(logWith(VersionVector.empty()), pendingWith(List.of(waiting)), Duration.ZERO);

        assertThat(clock.now()).isEqualTo(new Hlc(FUTURE, 4));
    }

    @Test
    void refuses_a_negative_drift_and_an_empty_causal_buffer_with_the_setting_named() {
        SyncFactory factory = new SyncFactory();

        assertThatThrownBy(() -> factory.syncClock(logWith(VersionVector.empty()), pendingWith(List.of()), Duration.ofSeconds(-1)))
                .hasMessageContaining("cosmicsync.sync.max-drift");
        assertThatThrownBy(() -> factory.applyRemoteChanges(null, 0, null, null, null, null, null, null, null, null))
                .hasMessageContaining("cosmicsync.sync.pending-capacity");
    }

    @Test
    void a_listener_that_throws_does_not_keep_committed_changes_from_the_listeners_after_it() {
        List<ChangesCommittedPort.CommittedChanges> told = new ArrayList<>();
        ChangesCommittedPort failing = committed -> {
            throw new IllegalStateException("feed closed");
        };
        ChangesCommittedPort every = SyncFactory.everyListener(() -> Stream.of(failing, told::add));
        ChangesCommittedPort.CommittedChanges committed =
                new ChangesCommittedPort.CommittedChanges(List.of(Change.create(new PeerId("b"), new Hlc(1, 0), Set.of(),
                        List.of(new Operation.IncrementCounter(new DocumentRef("s", "c", "d"), "n", 1)))),
                        ChangesCommittedPort.CommittedChanges.Origin.REMOTE, Map.of());

        every.changesCommitted(committed);

        assertThat(told).containsExactly(committed);
    }
}
