package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.OpStamp;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.sync.VersionVector;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid sync values: changes, signed batches, version vectors. */
final class SyncArbitraries {

    private SyncArbitraries() {
    }

    static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(12);
    }

    /** Printable text, including non-ASCII letters, without surrogates. */
    static Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u2fff').ofMaxLength(40);
    }

    static Arbitrary<PeerId> peers() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(60).map(PeerId::new);
    }

    static Arbitrary<Hlc> hlcs() {
        return Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as(Hlc::new);
    }

    static Arbitrary<ChangeId> changeIds() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32).map(ChangeId::of);
    }

    static Arbitrary<Value> values() {
        Arbitrary<Value> leaves = Arbitraries.oneOf(
                Arbitraries.just(Value.ofNull()),
                Arbitraries.of(true, false).map(Value.BooleanValue::new),
                Arbitraries.longs().map(Value::of),
                Arbitraries.doubles().map(Value.DoubleValue::new),
                texts().map(Value::of));
        return Arbitraries.oneOf(leaves, leaves,
                leaves.list().ofMaxSize(4).map(Value.ListValue::new),
                Arbitraries.maps(names(), leaves).ofMaxSize(4).map(Value.MapValue::new));
    }

    static Arbitrary<Operation> operations() {
        Arbitrary<DocumentRef> docs = Combinators.combine(names(), names(), names()).as(DocumentRef::new);
        Arbitrary<OpStamp> stamps = Combinators.combine(hlcs(), peers()).as(OpStamp::new);
        return Arbitraries.oneOf(
                Combinators.combine(docs, names(), values(), stamps.set().ofMaxSize(3)).as(Operation.SetField::new),
                Combinators.combine(docs, names(), stamps.set().ofMaxSize(3)).as(Operation.RemoveField::new),
                docs.map(Operation.DeleteDocument::new),
                Combinators.combine(docs, names(), Arbitraries.longs()).as(Operation.IncrementCounter::new));
    }

    static Arbitrary<Change> changes() {
        return Combinators.combine(peers(), hlcs(), changeIds().set().ofMaxSize(3), operations().list().ofMinSize(1).ofMaxSize(4))
                .as(Change::create);
    }

    /** Batches of up to {@code maxChanges} distinct changes, each with a signature of 1..128 bytes. */
    static Arbitrary<SignedChangeBatch> batches(int maxChanges) {
        Arbitrary<byte[]> signatures = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(SignedChangeBatch.MAX_SIGNATURE_BYTES);
        return Combinators.combine(changes().list().ofMaxSize(maxChanges).uniqueElements(Change::id),
                        signatures.list().ofSize(maxChanges))
                .as((changes, sigs) -> {
                    Map<ChangeId, byte[]> byId = new HashMap<>();
                    for (int i = 0; i < changes.size(); i++) {
                        byId.put(changes.get(i).id(), sigs.get(i));
                    }
                    return new SignedChangeBatch(changes, byId);
                });
    }

    static Arbitrary<VersionVector> vectors() {
        return Arbitraries.maps(peers(), hlcs()).ofMaxSize(8).map(VersionVector::new);
    }

    /** Whether two batches hold the same changes, in order, with byte-equal signatures. */
    static boolean sameBatch(SignedChangeBatch a, SignedChangeBatch b) {
        if (!a.changes().equals(b.changes()) || !a.signatures().keySet().equals(b.signatures().keySet())) {
            return false;
        }
        return a.signatures().entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.signatures().get(e.getKey())));
    }
}
