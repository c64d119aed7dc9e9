package io.cosmicsync.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.trace.EditingTrace;
import io.cosmicsync.application.sync.trace.TracePatch;
import io.cosmicsync.application.sync.trace.TraceTransaction;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every benchmarked implementation builds, saves and reloads the same text from a small trace. */
class TextSubjectTest {

    private static final EditingTrace TRACE = new EditingTrace(false, "", "Hello, world!", List.of(
            txn(new TracePatch(0, 0, "Hello world")),
            txn(new TracePatch(5, 0, ",")),
            txn(new TracePatch(12, 0, "!"), new TracePatch(7, 1, "W")),
            txn(new TracePatch(7, 1, "w"))));

    static Stream<TextSubject<?>> subjects() {
        return Stream.of(new CosmicSyncSubject(), new AutomergeSubject(false), new AutomergeSubject(true));
    }

    @ParameterizedTest
    @MethodSource("subjects")
    void applies_saves_and_loads_a_trace_to_its_end_content(TextSubject<?> subject) {
        roundTrip(subject);
    }

    @Test
    void keeping_a_change_per_edit_makes_automerge_save_more_history_than_one_change() {
        int oneChange = new AutomergeSubject(false).save(new AutomergeSubject(false).apply(TRACE)).length;
        AutomergeSubject perEdit = new AutomergeSubject(true);
        assertThat(perEdit.save(perEdit.apply(TRACE)).length).isGreaterThan(oneChange);
    }

    @Test
    void takes_the_median_of_odd_and_even_counts() {
        assertThat(TraceBench.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(TraceBench.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    private static <D> void roundTrip(TextSubject<D> subject) {
        D document = subject.apply(TRACE);
        assertThat(subject.content(document)).isEqualTo("Hello, world!");
        byte[] saved = subject.save(document);
        D loaded = subject.load(saved);
        assertThat(subject.content(loaded)).isEqualTo("Hello, world!");
        subject.free(document);
        subject.free(loaded);
    }

    private static TraceTransaction txn(TracePatch... patches) {
        return new TraceTransaction(0, List.of(), List.of(patches));
    }
}
