package io.cosmicsync.application.node.port.out;

import io.cosmicsync.application.node.NetworkSnapshot;
import java.util.Optional;

/** Reads the peer-to-peer stack's current state; empty when this node runs without it. */
public interface LoadNetworkSnapshotPort {

    /** The current snapshot, or empty when peer-to-peer networking is switched off. */
    Optional<NetworkSnapshot> loadNetworkSnapshot();
}
