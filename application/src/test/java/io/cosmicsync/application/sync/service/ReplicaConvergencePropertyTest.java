package io.cosmicsync.application.sync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.domain.sync.DocumentCodec;
import io.cosmicsync.domain.sync.ConflictPolicy;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.StandardResolver;
import io.cosmicsync.domain.sync.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Several nodes edit two documents at random (every kind of mutation, every resolver) while changes
 * travel in random subsets, shuffled and duplicated, between nodes that are sometimes partitioned;
 * after anti-entropy every node shows the same documents and has the same version vector, and every
 * document survives a snapshot round trip.
 */
class ReplicaConvergencePropertyTest {
    private static final List<DocumentRef> DOCS = List.of(new DocumentRef("p", "tasks", "d1"), new DocumentRef("p", "tasks", "d2"));
    private static final ConflictPolicy POLICY = new ConflictPolicy(Map.of("f0", StandardResolver.KEEP_BOTH,
            "f1", StandardResolver.KEEP_MAXIMUM, "f2", StandardResolver.UNION_OF_SETS), StandardResolver.LAST_WRITER_WINS);

    @Property(tries = 60)
    void nodes_converge_whatever_the_delivery_order_duplication_and_partitions(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int n, @ForAll @IntRange(min = 1, max = 80) int steps) {
        Random rnd = new Random(seed);
        List<SyncNode> nodes = new ArrayList<>();
        boolean[] partitioned = new boolean[n];
        for (int i = 0; i < n; i++) {
            SyncNode node = new SyncNode("peer-" + i, 1_000 + rnd.nextInt(3));
            node.store.policies.put("tasks", POLICY);
            nodes.add(node);
        }
        for (int s = 0; s < steps; s++) {
            SyncNode node = nodes.get(rnd.nextInt(n));
            node.millis.addAndGet(rnd.nextInt(2));
            int action = rnd.nextInt(10);
            if (action < 6) {
                DocumentRef doc = DOCS.get(rnd.nextInt(DOCS.size()));
                node.local.applyLocalMutation(new ApplyLocalMutationCommand(doc, List.of(randomMutation(rnd, node, doc))));
            } else if (action < 9) {
                SyncNode from = nodes.get(rnd.nextInt(n));
                if (!partitioned[nodes.indexOf(node)] && !partitioned[nodes.indexOf(from)]) {
                    node.receive(randomDelivery(rnd, from.store.log));
                }
            } else {
                partitioned[nodes.indexOf(node)] ^= true;
            }
        }
        for (int round = 0; round < 2; round++) {
            for (SyncNode a : nodes) {
                for (SyncNode b : nodes) {
                    a.pullFrom(b);
                }
            }
        }
        SyncNode first = nodes.get(0);
        for (SyncNode node : nodes) {
            assertThat(node.store.pending).isEmpty();
            assertThat(node.store.versionVector()).isEqualTo(first.store.versionVector());
            for (DocumentRef doc : DOCS) {
                assertThat(node.view(doc)).isEqualTo(first.view(doc));
                Document stored = node.store.documents.get(doc);
                if (stored != null) {
                    assertThat(DocumentCodec.decode(DocumentCodec.encode(stored), ChangeCodec.Limits.DEFAULT).view(POLICY))
                            .isEqualTo(node.view(doc));
                }
            }
        }
    }

    private static List<Change> randomDelivery(Random rnd, List<Change> log) {
        List<Change> out = new ArrayList<>();
        for (Change c : log) {
            if (rnd.nextInt(3) == 0) {
                out.add(c);
                if (rnd.nextInt(4) == 0) {
                    out.add(c);
                }
            }
        }
        Collections.shuffle(out, rnd);
        return out;
    }

    private static Mutation randomMutation(Random rnd, SyncNode node, DocumentRef ref) {
        Document doc = node.store.documents.get(ref);
        int textLength = doc == null ? 0 : doc.text("body").length();
        String field = "f" + rnd.nextInt(4);
        switch (rnd.nextInt(20)) {
            case 0:
                return new Mutation.DeleteDocument();
            case 1: case 2:
                return new Mutation.RemoveField(field);
            case 3: case 4: case 5:
                return new Mutation.IncrementCounter("count", rnd.nextInt(11) - 5);
            case 6: case 7: case 8: case 9:
                return new Mutation.InsertText("body", rnd.nextInt(textLength + 1), rnd.nextBoolean() ? "xy" : "\uD83D\uDE00");
            case 12:
                int size = doc == null ? 0 : doc.list("items").size();
                return new Mutation.InsertListItems("items", rnd.nextInt(size + 1), List.of(Value.of(rnd.nextInt(9)), Value.of("i")));
            case 13:
                int items = doc == null ? 0 : doc.list("items").size();
                return items == 0 ? new Mutation.IncrementCounter("count", 2) : new Mutation.DeleteListItems("items", rnd.nextInt(items), 1);
            case 10: case 11:
                if (textLength > 0) {
                    int pos = rnd.nextInt(textLength);
                    return new Mutation.DeleteText("body", pos, 1 + rnd.nextInt(textLength - pos));
                }
                return new Mutation.IncrementCounter("count", 1);
            default:
                Value v = field.equals("f2")
                        ? new Value.ListValue(List.of(Value.of(rnd.nextInt(4)), Value.of("t" + rnd.nextInt(3))))
                        : rnd.nextBoolean() ? Value.of(rnd.nextInt(100)) : Value.of("v" + rnd.nextInt(100));
                return new Mutation.SetField(field, v);
        }
    }
}
