package io.cosmicsync.adapter.p2p.transport;

/** Told about connections as they become ready and as they close; called on the connection's event loop. */
public interface ConnectionListener {

    void connected(Connection connection);

    default void disconnected(Connection connection) {
    }
}
