package io.cosmicsync.architecture.planted.adapter.web;

import io.cosmicsync.architecture.planted.adapter.persistence.OrderTable;

/** Planted violation: a web adapter class that calls the persistence adapter directly. */
public final class OrderController {

    public int orders() {
        return new OrderTable().count();
    }
}
