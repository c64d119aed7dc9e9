package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.kad.pb.KadProtos;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one kad-dht request to a peer and completes with its answer: over the network, open a
 * {@code <prefix>/kad/1.0.0} stream, write the request, read one answer, close the stream
 * ({@link NettyKadTransport}); in memory, call the other node. The future fails on any error or after the
 * query timeout; it never blocks the caller.
 */
public interface KadTransport {

    CompletableFuture<KadProtos.Message> request(KadPeer peer, KadProtos.Message request);
}
