package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.text.CharId;
import io.cosmicsync.domain.text.CollaborativeText;
import io.cosmicsync.domain.text.TextOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list field: a sequence CRDT of {@link Value}s. The order is a {@link CollaborativeText} (RGA, see
 * docs/decisions/0002-text-crdt.md) holding one placeholder code point (U+FFFC) per element; each
 * element's value is kept by its id. Concurrent inserts both stay, in the same order everywhere;
 * deleting an element deletes it for good. Positions count elements.
 */
public final class ReplicatedList {
    /** The placeholder code point each element occupies in the order. */
    public static final String PLACEHOLDER = "\uFFFC";

    private final CollaborativeText order;
    private final Map<CharId, Value> values;

    private ReplicatedList(CollaborativeText order, Map<CharId, Value> values) {
        this.order = order;
        this.values = values;
    }

    public static ReplicatedList create() {
        return new ReplicatedList(CollaborativeText.create(), new HashMap<>());
    }

    /**
     * A list loaded from storage: its order (e.g. decoded with {@code TextCodec.decodeState}) and the
     * value of every element ever inserted that is still alive, by id. Throws {@link SyncException} if an
     * alive element has no value.
     */
    public static ReplicatedList reconstitute(CollaborativeText order, Map<CharId, Value> values) {
        ReplicatedList l = new ReplicatedList(order, new HashMap<>(values));
        if (!l.values.keySet().containsAll(order.visibleIds())) {
            throw new SyncException("a stored list lacks the value of an element");
        }
        return l;
    }

    /** The order, for storage ({@code TextCodec.encodeState}); do not edit it. */
    public CollaborativeText order() {
        return order;
    }

    /** The values of the alive elements by id, for storage. */
    public Map<CharId, Value> valuesById() {
        Map<CharId, Value> out = new HashMap<>();
        order.visibleIds().forEach(id -> out.put(id, values.get(id)));
        return out;
    }

    public int size() {
        return order.length();
    }

    /** The elements in list order. */
    public List<Value> values() {
        List<Value> out = new ArrayList<>(order.length());
        order.visibleIds().forEach(id -> out.add(values.get(id)));
        return out;
    }

    /** The order op inserting {@code n} elements at {@code pos} for {@code author}, not applied. */
    public TextOp.Insert prepareInsert(PeerId author, int pos, int n) {
        return order.prepareInsert(author.value(), pos, PLACEHOLDER.repeat(n));
    }

    /** The order op deleting {@code count} elements from {@code pos}, not applied. */
    public TextOp.Delete prepareDelete(int pos, int count) {
        return order.prepareDelete(pos, count);
    }

    void insert(TextOp.Insert op, List<Value> items) {
        if (op.length() != items.size() || !op.text().equals(PLACEHOLDER.repeat(items.size()))) {
            throw new SyncException("a list insert needs one placeholder per value");
        }
        if (order.apply(op)) {
            for (int i = 0; i < items.size(); i++) {
                values.put(new CharId(op.id().agent(), op.id().counter() + i), items.get(i));
            }
        }
    }

    void delete(TextOp.Delete op) {
        order.apply(op);
        for (var span : op.spans()) {
            for (int i = 0; i < span.length(); i++) {
                values.remove(new CharId(span.agent(), span.start() + i));
            }
        }
    }
}
