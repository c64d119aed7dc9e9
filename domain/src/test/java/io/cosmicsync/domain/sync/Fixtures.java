package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.text.CharId;
import io.cosmicsync.domain.text.IdSpan;
import io.cosmicsync.domain.text.TextOp;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared test data. */
final class Fixtures {
    static final DocumentRef DOC = new DocumentRef("project-1", "tasks", "t1");
    static final PeerId A = new PeerId("peer-a");
    static final PeerId B = new PeerId("peer-b");

    private Fixtures() {
    }

    static OpStamp stamp(long millis, PeerId peer) {
        return new OpStamp(new Hlc(millis, 0), peer);
    }

    /** One operation of every kind, with every kind of value. */
    static List<Operation> everyKindOfOperation() {
        Value nested = new Value.MapValue(Map.of("list", new Value.ListValue(List.of(new Value.NullValue(),
                new Value.BooleanValue(true), new Value.BooleanValue(false), Value.of(-42), new Value.DoubleValue(2.5),
                Value.of("\u00e9\uD83D\uDE00")))));
        return List.of(
                new Operation.SetField(DOC, "title", nested, Set.of(stamp(1, A), stamp(1, B))),
                new Operation.RemoveField(DOC, "old", Set.of(stamp(2, A))),
                new Operation.IncrementCounter(DOC, "votes", -3),
                new Operation.InsertText(DOC, "body", new TextOp.Insert(new CharId("peer-a", 7), new CharId("peer-b", 3), "hi")),
                new Operation.DeleteText(DOC, "body", new TextOp.Delete(List.of(new IdSpan("peer-b", 1, 2)))),
                new Operation.InsertListItems(DOC, "items", new TextOp.Insert(new CharId("peer-a", 9), null, "\uFFFC\uFFFC"),
                        List.of(Value.of(1), nested)),
                new Operation.DeleteListItems(DOC, "items", new TextOp.Delete(List.of(new IdSpan("peer-a", 9, 1)))),
                new Operation.DeleteDocument(DOC));
    }
}
