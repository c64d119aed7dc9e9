package io.cosmicsync.adapter.p2p.multistream;

import io.netty.channel.Channel;

/**
 * Installs a protocol's handlers once multistream-select has agreed on it. Called on the channel's event loop
 * while the negotiating handler is still last in the pipeline: add handlers with
 * {@code channel.pipeline().addLast(...)}; bytes that arrived right after the negotiation are then handed to
 * them. Throwing closes the channel.
 */
@FunctionalInterface
public interface ProtocolInitializer {

    void initialize(Channel channel, String protocolId) throws Exception;
}
