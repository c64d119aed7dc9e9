package io.cosmicsync.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Several replicas edit at random and exchange operations in random causal orders, with duplicates
 * and partitions; once everything is delivered every replica holds the same text, the state
 * encoding round-trips it, and merging the replicas' mid-way snapshots state-to-state, in any order
 * and repeatedly, reaches the same text.
 */
class TextConvergencePropertyTest {

    /** An op and, per replica, how many ops of that replica its author had applied (its causal past). */
    private record Sent(TextOp op, int[] past) {
    }

    @Property(tries = 150)
    void replicas_converge_whatever_the_delivery_order_duplication_and_partitions(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int n, @ForAll @IntRange(min = 1, max = 120) int steps) {
        Random rnd = new Random(seed);
        CollaborativeText[] replicas = new CollaborativeText[n];
        List<List<Sent>> logs = new ArrayList<>();
        int[][] delivered = new int[n][n];
        boolean[] partitioned = new boolean[n];
        for (int i = 0; i < n; i++) {
            replicas[i] = CollaborativeText.create();
            logs.add(new ArrayList<>());
        }
        for (int s = 0; s < steps; s++) {
            int r = rnd.nextInt(n);
            int action = rnd.nextInt(10);
            if (action < 5) {
                edit(rnd, replicas[r], "peer-" + r, logs.get(r), delivered[r]);
            } else if (action < 9) {
                int from = rnd.nextInt(n);
                if (!partitioned[r] && !partitioned[from]) {
                    deliverSome(rnd, replicas[r], r, from, logs, delivered);
                }
            } else {
                partitioned[r] = !partitioned[r];
            }
        }
        CollaborativeText[] snapshots = new CollaborativeText[n];
        for (int i = 0; i < n; i++) {
            snapshots[i] = TextCodec.decodeState(TextCodec.encodeState(replicas[i]));
        }
        for (boolean progress = true; progress; ) {
            progress = false;
            for (int r = 0; r < n; r++) {
                for (int from = 0; from < n; from++) {
                    progress |= deliverSome(rnd, replicas[r], r, from, logs, delivered) > 0;
                }
            }
        }
        String expected = replicas[0].content();
        for (CollaborativeText t : replicas) {
            assertThat(t.content()).isEqualTo(expected);
            assertThat(TextCodec.decodeState(TextCodec.encodeState(t)).content()).isEqualTo(expected);
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                snapshots[i].merge(snapshots[(i + k + rnd.nextInt(n)) % n]);
            }
            for (CollaborativeText other : snapshots) {
                snapshots[i].merge(other);
            }
            assertThat(snapshots[i].content()).as("state-based merge agrees with operation delivery").isEqualTo(expected);
        }
    }

    private static void edit(Random rnd, CollaborativeText t, String agent, List<Sent> log, int[] past) {
        int len = t.length();
        TextOp op;
        if (len > 0 && rnd.nextInt(3) == 0) {
            int pos = rnd.nextInt(len);
            op = t.delete(pos, 1 + rnd.nextInt(Math.min(4, len - pos)));
        } else {
            String text = rnd.nextInt(8) == 0 ? "\uD83D\uDE00" : "abc".substring(0, 1 + rnd.nextInt(3));
            op = t.insert(agent, rnd.nextInt(len + 1), text);
        }
        log.add(new Sent(op, past.clone()));
        past[Integer.parseInt(agent.substring(5))]++;
    }

    /** Delivers up to a few causally ready ops of {@code from} (sometimes repeating an old one); returns how many new. */
    private static int deliverSome(Random rnd, CollaborativeText t, int r, int from, List<List<Sent>> logs, int[][] delivered) {
        if (from == r) {
            return 0;
        }
        int count = 0;
        List<Sent> log = logs.get(from);
        int want = 1 + rnd.nextInt(4);
        while (count < want && delivered[r][from] < log.size() && ready(log.get(delivered[r][from]).past(), delivered[r], r)) {
            Sent next = log.get(delivered[r][from]++);
            boolean changed = t.apply(next.op());
            if (next.op() instanceof TextOp.Insert) {
                assertThat(changed).isTrue();
            }
            count++;
        }
        if (delivered[r][from] > 0 && rnd.nextInt(4) == 0) {
            assertThat(t.apply(log.get(rnd.nextInt(delivered[r][from])).op())).isFalse();
        }
        return count;
    }

    private static boolean ready(int[] past, int[] have, int self) {
        for (int i = 0; i < past.length; i++) {
            if (i != self && past[i] > have[i]) {
                return false;
            }
        }
        return true;
    }
}
