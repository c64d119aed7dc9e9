package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;

/** Signs changes this node authors with the node's identity key (the key behind its author peer id). */
@FunctionalInterface
public interface SignChangePort {

    /** The signature over {@code change}'s id; {@code change.author()} must be this node. */
    byte[] sign(Change change);
}
