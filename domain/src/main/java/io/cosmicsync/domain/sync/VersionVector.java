package io.cosmicsync.domain.sync;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a replica has seen: for each author peer id, the HLC of the newest change by that author it has
 * applied. Because a replica applies changes in causal order and an author's changes form a causal
 * chain, entry {@code p -> h} means "every change by p with a timestamp up to h" (Parker et al. 1983
 * version vectors, with HLCs as counters). Immutable; absent entries are {@link Hlc#ZERO}.
 *
 * @param entries author to newest seen timestamp; no {@link Hlc#ZERO} entries
 */
public record VersionVector(Map<PeerId, Hlc> entries) {

    public VersionVector {
        TreeMap<PeerId, Hlc> copy = new TreeMap<>(entries);
        copy.values().removeIf(Hlc.ZERO::equals);
        entries = Collections.unmodifiableMap(copy);
    }

    public static VersionVector empty() {
        return new VersionVector(Map.of());
    }

    public Hlc get(PeerId peer) {
        return entries.getOrDefault(peer, Hlc.ZERO);
    }

    /** Whether a change by {@code author} at {@code hlc} is covered. */
    public boolean covers(PeerId author, Hlc hlc) {
        return hlc.compareTo(get(author)) <= 0;
    }

    /** This vector, raised to include {@code author -> hlc}. */
    public VersionVector with(PeerId author, Hlc hlc) {
        if (covers(author, hlc)) {
            return this;
        }
        TreeMap<PeerId, Hlc> copy = new TreeMap<>(entries);
        copy.put(author, hlc);
        return new VersionVector(copy);
    }

    /** Entry-wise maximum (least upper bound). */
    public VersionVector merge(VersionVector other) {
        TreeMap<PeerId, Hlc> copy = new TreeMap<>(entries);
        other.entries.forEach((p, h) -> copy.merge(p, h, Hlc::max));
        return new VersionVector(copy);
    }

    /** Entry-wise minimum (greatest lower bound): what both have seen. */
    public VersionVector meet(VersionVector other) {
        TreeMap<PeerId, Hlc> copy = new TreeMap<>();
        entries.forEach((p, h) -> {
            Hlc o = other.get(p);
            copy.put(p, h.compareTo(o) <= 0 ? h : o);
        });
        return new VersionVector(copy);
    }

    public CausalOrder compare(VersionVector other) {
        boolean less = false;
        boolean more = false;
        TreeMap<PeerId, Hlc> all = new TreeMap<>(entries);
        all.putAll(other.entries);
        for (PeerId p : all.keySet()) {
            int c = get(p).compareTo(other.get(p));
            less |= c < 0;
            more |= c > 0;
        }
        if (less && more) {
            return CausalOrder.CONCURRENT;
        }
        return less ? CausalOrder.BEFORE : more ? CausalOrder.AFTER : CausalOrder.EQUAL;
    }

    /** Whether this vector has seen everything {@code other} has. */
    public boolean dominates(VersionVector other) {
        CausalOrder o = compare(other);
        return o == CausalOrder.AFTER || o == CausalOrder.EQUAL;
    }
}
