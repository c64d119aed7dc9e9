package io.cosmicsync.domain.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The pending buffer of causal delivery: a remote change whose dependencies are not all applied
 * waits here; once the last one is applied it is released, and so are changes waiting on it in turn.
 * A change already applied or already waiting is a duplicate and changes nothing. Holds at most
 * {@code capacity} changes; beyond that a new change is refused ({@link Delivery.Overflow}).
 */
public final class CausalBuffer {
    private final int capacity;
    private final Map<ChangeId, Change> pending = new LinkedHashMap<>();
    private final Map<ChangeId, Set<ChangeId>> waitersByDependency = new HashMap<>();

    private CausalBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public static CausalBuffer create(int capacity) {
        return new CausalBuffer(capacity);
    }

    /** A buffer holding {@code waiting} again (as saved by an adapter), against what is {@code applied}. */
    public static CausalBuffer reconstitute(int capacity, Collection<Change> waiting, Predicate<ChangeId> applied) {
        CausalBuffer b = new CausalBuffer(Math.max(capacity, waiting.size()));
        waiting.forEach(c -> b.park(c, b.missing(c, applied, Set.of())));
        return b;
    }

    /**
     * Offers a received change. {@code applied} tells which changes the replica has applied; the caller
     * must apply the returned ready changes in the order given.
     */
    public Delivery offer(Change change, Predicate<ChangeId> applied) {
        if (applied.test(change.id()) || pending.containsKey(change.id())) {
            return new Delivery.Duplicate(change.id());
        }
        Set<ChangeId> missing = missing(change, applied, Set.of());
        if (!missing.isEmpty()) {
            if (pending.size() >= capacity) {
                return new Delivery.Overflow(change.id(), capacity);
            }
            park(change, missing);
            return new Delivery.Waiting(change.id(), missing);
        }
        return new Delivery.Ready(release(change, applied));
    }

    /** Changes still waiting, in arrival order. */
    public List<Change> waiting() {
        return List.copyOf(pending.values());
    }

    private List<Change> release(Change first, Predicate<ChangeId> applied) {
        List<Change> ready = new ArrayList<>();
        Set<ChangeId> readyIds = new HashSet<>();
        Deque<Change> queue = new ArrayDeque<>(List.of(first));
        while (!queue.isEmpty()) {
            Change c = queue.poll();
            ready.add(c);
            readyIds.add(c.id());
            for (ChangeId w : new TreeSet<>(waitersByDependency.getOrDefault(c.id(), Set.of()))) {
                Change waiter = pending.get(w);
                if (waiter != null && missing(waiter, applied, readyIds).isEmpty()) {
                    pending.remove(w);
                    waiter.dependencies().forEach(d -> unlink(d, w));
                    queue.add(waiter);
                }
            }
            waitersByDependency.remove(c.id());
        }
        return ready;
    }

    private void park(Change c, Set<ChangeId> missing) {
        pending.put(c.id(), c);
        missing.forEach(d -> waitersByDependency.computeIfAbsent(d, k -> new HashSet<>()).add(c.id()));
    }

    private void unlink(ChangeId dependency, ChangeId waiter) {
        Set<ChangeId> ws = waitersByDependency.get(dependency);
        if (ws != null && ws.remove(waiter) && ws.isEmpty()) {
            waitersByDependency.remove(dependency);
        }
    }

    private Set<ChangeId> missing(Change c, Predicate<ChangeId> applied, Set<ChangeId> alsoReady) {
        Set<ChangeId> out = new TreeSet<>();
        for (ChangeId d : c.dependencies()) {
            if (!applied.test(d) && !alsoReady.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }
}
