package io.cosmicsync.domain.sync;

import static io.cosmicsync.domain.sync.Fixtures.A;
import static io.cosmicsync.domain.sync.Fixtures.B;
import static io.cosmicsync.domain.sync.Fixtures.DOC;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CausalBufferTest {
    private final Set<ChangeId> applied = new HashSet<>();
    private final CausalBuffer buffer = CausalBuffer.create(10);

    private static Change change(PeerId author, long millis, Change... deps) {
        Set<ChangeId> ids = new HashSet<>();
        for (Change d : deps) {
            ids.add(d.id());
        }
        return Change.create(author, new Hlc(millis, 0), ids, List.of(new Operation.IncrementCounter(DOC, "n", 1)));
    }

    private Delivery offer(Change c) {
        Delivery d = buffer.offer(c, applied::contains);
        if (d instanceof Delivery.Ready r) {
            r.changes().forEach(x -> applied.add(x.id()));
        }
        return d;
    }

    @Test
    void a_change_waits_for_its_dependencies_and_is_released_with_its_waiting_descendants_in_causal_order() {
        Change c1 = change(A, 1);
        Change c2 = change(B, 2, c1);
        Change c3 = change(A, 3, c1, c2);

        assertThat(offer(c3)).isEqualTo(new Delivery.Waiting(c3.id(), Set.of(c1.id(), c2.id())));
        assertThat(offer(c2)).isEqualTo(new Delivery.Waiting(c2.id(), Set.of(c1.id())));
        assertThat(offer(c1)).isEqualTo(new Delivery.Ready(List.of(c1, c2, c3)));
        assertThat(buffer.waiting()).isEmpty();
    }

    @Test
    void offering_an_applied_or_waiting_change_again_is_a_duplicate() {
        Change c1 = change(A, 1);
        Change c2 = change(A, 2, c1);
        offer(c2);
        assertThat(offer(c2)).isEqualTo(new Delivery.Duplicate(c2.id()));
        offer(c1);
        assertThat(offer(c1)).isEqualTo(new Delivery.Duplicate(c1.id()));
        assertThat(offer(c2)).isEqualTo(new Delivery.Duplicate(c2.id()));
    }

    @Test
    void refuses_new_waiting_changes_beyond_its_capacity() {
        CausalBuffer small = CausalBuffer.create(1);
        Change root = change(A, 1);
        small.offer(change(A, 2, root), applied::contains);
        Change another = change(B, 3, root);
        assertThat(small.offer(another, applied::contains)).isEqualTo(new Delivery.Overflow(another.id(), 1));
    }

    @Test
    void a_reconstituted_buffer_still_releases_what_it_held() {
        Change c1 = change(A, 1);
        Change c2 = change(A, 2, c1);
        offer(c2);
        CausalBuffer reloaded = CausalBuffer.reconstitute(10, buffer.waiting(), applied::contains);
        assertThat(reloaded.offer(c1, applied::contains)).isEqualTo(new Delivery.Ready(List.of(c1, c2)));
    }
}
