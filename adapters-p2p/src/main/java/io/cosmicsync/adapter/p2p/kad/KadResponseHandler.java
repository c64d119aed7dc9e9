package io.cosmicsync.adapter.p2p.kad;

import com.google.protobuf.InvalidProtocolBufferException;
import io.cosmicsync.adapter.p2p.kad.pb.KadProtos;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletableFuture;

/**
 * The client end of an outbound kad stream: completes the future with the first answer frame and closes the
 * stream. A malformed answer, an error, or the stream closing first fails the future.
 */
final class KadResponseHandler extends SimpleChannelInboundHandler<ByteBuf> {

    private final CompletableFuture<KadProtos.Message> answer;

    KadResponseHandler(CompletableFuture<KadProtos.Message> answer) {
        super(ByteBuf.class);
        this.answer = answer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
        try {
            answer.complete(KadProtos.Message.parseFrom(ByteBufUtil.getBytes(frame)));
        } catch (InvalidProtocolBufferException e) {
            answer.completeExceptionally(e);
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        answer.completeExceptionally(new ClosedChannelException());
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        answer.completeExceptionally(cause);
        ctx.close();
    }
}
