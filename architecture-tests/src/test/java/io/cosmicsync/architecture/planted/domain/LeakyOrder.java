package io.cosmicsync.architecture.planted.domain;

import io.micronaut.core.annotation.Introspected;

/** Planted violation: a domain class that depends on Micronaut. */
@Introspected
public final class LeakyOrder {

    public Object framework() {
        return io.micronaut.core.util.StringUtils.EMPTY_STRING;
    }
}
