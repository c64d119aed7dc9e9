package io.cosmicsync.adapter.web.websocket;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;

/**
 * Completes the WebSocket closing handshake of RFC 6455 §5.5.1 and §7.1.2 on every server WebSocket (the change
 * feed and GraphQL): a client's Close frame is answered with a Close frame echoing its status code, then the TCP
 * connection is closed; a Close frame the server sent first is followed by closing the connection when the client's
 * answer arrives; a second Close frame is never sent. Micronaut (4.10) leaves this undone when a socket has an
 * {@code @OnClose} handler that runs off the event loop: it neither answers nor closes, so clients wait out their own
 * close timeout (30 s in the {@code ws} package). The {@code @OnClose} handlers still run: every frame is passed on.
 */
@Singleton
final class WebSocketCloseHandshake implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** This handler's name in a connection's pipeline, right after the HTTP codec (the WebSocket decoder's place after the upgrade). */
    static final String HANDLER = "cosmicsync-websocket-close";

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(StreamPipelineCustomizer.forEachConnection(pipeline -> {
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null && pipeline.get(HANDLER) == null) {
                pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER, new CloseFrames());
            }
        }));
        return event.getBean();
    }

    /**
     * Sees Close frames in both directions (one instance per connection, used on its event loop only). Every other
     * message passes untouched, HTTP ones before the upgrade included.
     */
    static final class CloseFrames extends ChannelDuplexHandler {
        private boolean closeSent;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof CloseWebSocketFrame received) {
                if (closeSent) {
                    ctx.close();
                } else {
                    closeSent = true;
                    CloseWebSocketFrame answer = received.statusCode() < 0
                            ? new CloseWebSocketFrame()
                            : new CloseWebSocketFrame(received.statusCode(), received.reasonText());
                    ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
                }
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof CloseWebSocketFrame) {
                if (closeSent) {
                    ReferenceCountUtil.release(msg);
                    promise.trySuccess();
                    return;
                }
                closeSent = true;
            }
            ctx.write(msg, promise);
        }
    }
}
