package io.cosmicsync.domain.sync;

/** How two version vectors relate: one saw strictly less, strictly more, the same, or each saw something the other did not. */
public enum CausalOrder {
    BEFORE, AFTER, EQUAL, CONCURRENT
}
