package io.cosmicsync.adapter.web.websocket;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import jakarta.inject.Singleton;

/**
 * Declines the WebSocket {@code permessage-deflate} extension (RFC 7692) on every connection, so clients that offer it
 * (browsers and the {@code ws} package do by default) get plain frames. The node sends one change to many
 * subscribers; compressing it once per connection, with a deflate context per connection, made a 1,000-subscriber
 * fan-out take seconds instead of milliseconds (docs/performance.md, "Live feed fan-out"). The {@code ws} package's
 * server declines the extension by default for the same reason. Turn compression back on with
 * {@code cosmicsync.web.websocket-compression: true}.
 */
@Singleton
@Requires(property = "cosmicsync.web.websocket-compression", notEquals = "true")
final class WebSocketCompressionOff implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** The name Micronaut gives Netty's {@code WebSocketServerCompressionHandler} in each connection's pipeline. */
    static final String COMPRESSION_HANDLER = "WebSocketServerCompressionHandler";

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(StreamPipelineCustomizer.forEachConnection(pipeline -> {
            if (pipeline.get(COMPRESSION_HANDLER) != null) {
                pipeline.remove(COMPRESSION_HANDLER);
            }
        }));
        return event.getBean();
    }
}
