package io.cosmicsync.architecture.planted.adapter.persistence;

/** Planted: a persistence adapter class. */
public final class OrderTable {

    public int count() {
        return 0;
    }
}
