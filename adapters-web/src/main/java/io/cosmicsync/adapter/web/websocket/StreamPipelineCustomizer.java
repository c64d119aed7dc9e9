package io.cosmicsync.adapter.web.websocket;

import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import java.util.function.Consumer;

/**
 * Runs {@code action} on the pipeline of every HTTP connection once Micronaut has built it (before any WebSocket
 * upgrade). Register one instance, without a channel, in the {@link NettyServerCustomizer.Registry}; Micronaut
 * specializes it per connection.
 *
 * @param channel the connection, {@code null} for the registered instance
 * @param action  what to do with each connection's pipeline; runs on that connection's event loop
 */
record StreamPipelineCustomizer(Channel channel, Consumer<ChannelPipeline> action) implements NettyServerCustomizer {

    /** The instance to register. */
    static StreamPipelineCustomizer forEachConnection(Consumer<ChannelPipeline> action) {
        return new StreamPipelineCustomizer(null, action);
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
        return new StreamPipelineCustomizer(channel, action);
    }

    @Override
    public void onStreamPipelineBuilt() {
        if (channel != null) {
            action.accept(channel.pipeline());
        }
    }
}
