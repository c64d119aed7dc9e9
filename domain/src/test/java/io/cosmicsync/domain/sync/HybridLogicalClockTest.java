package io.cosmicsync.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HybridLogicalClockTest {
    private final AtomicLong wall = new AtomicLong(1_000);
    private final HybridLogicalClock clock = HybridLogicalClock.create(wall::get, 5_000);

    @Test
    void follows_the_physical_clock_and_counts_events_within_one_millisecond() {
        assertThat(clock.now()).isEqualTo(new Hlc(1_000, 0));
        assertThat(clock.now()).isEqualTo(new Hlc(1_000, 1));
        wall.set(1_005);
        assertThat(clock.now()).isEqualTo(new Hlc(1_005, 0));
    }

    @Test
    void never_goes_backwards_when_the_physical_clock_does() {
        clock.now();
        wall.set(900);
        assertThat(clock.now()).isEqualTo(new Hlc(1_000, 1));
    }

    @Test
    void a_received_timestamp_ahead_of_ours_within_the_drift_moves_the_clock_past_it() {
        ClockReceipt r = clock.receive(new Hlc(3_000, 7));
        assertThat(r).isEqualTo(new ClockReceipt.Accepted(new Hlc(3_000, 8)));
        assertThat(clock.now()).isEqualTo(new Hlc(3_000, 9));
    }

    @Test
    void an_older_received_timestamp_only_ticks_the_logical_counter_of_the_same_millisecond() {
        clock.now();
        assertThat(clock.receive(new Hlc(500, 3))).isEqualTo(new ClockReceipt.Accepted(new Hlc(1_000, 1)));
        wall.set(2_000);
        assertThat(clock.receive(new Hlc(500, 3))).isEqualTo(new ClockReceipt.Accepted(new Hlc(2_000, 0)));
    }

    @Test
    void rejects_a_remote_timestamp_too_far_in_the_future_with_a_reason_and_does_not_move() {
        ClockReceipt r = clock.receive(new Hlc(6_001, 0));
        assertThat(r).isInstanceOf(ClockReceipt.RejectedDrift.class);
        ClockReceipt.RejectedDrift d = (ClockReceipt.RejectedDrift) r;
        assertThat(d.aheadMillis()).isEqualTo(5_001);
        assertThat(d.reason()).contains("5001 ms ahead").contains("maximum drift is 5000 ms");
        assertThat(clock.last()).isEqualTo(Hlc.ZERO);
        assertThat(clock.receive(new Hlc(6_000, 0))).isInstanceOf(ClockReceipt.Accepted.class);
    }

    @Property(tries = 200)
    void every_event_gets_a_timestamp_greater_than_the_previous_one_and_than_what_it_received(
            @ForAll @Size(max = 60) java.util.List<@LongRange(min = -50, max = 50) Long> steps) {
        AtomicLong wall = new AtomicLong(1_000);
        HybridLogicalClock clock = HybridLogicalClock.create(wall::get, 5_000);
        Hlc previous = clock.last();
        for (long step : steps) {
            wall.addAndGet(step / 10);
            Hlc next;
            if (step % 2 == 0) {
                next = clock.now();
            } else {
                Hlc remote = new Hlc(Math.max(0, wall.get() + step), (int) Math.abs(step));
                next = ((ClockReceipt.Accepted) clock.receive(remote)).now();
                assertThat(next.isAfter(remote)).isTrue();
            }
            assertThat(next.isAfter(previous)).isTrue();
            assertThat(next.physicalMillis()).isGreaterThanOrEqualTo(wall.get());
            previous = next;
        }
    }
}
