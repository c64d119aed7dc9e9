package io.cosmicsync.adapter.web.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.junit.jupiter.api.Test;

class WebSocketCloseHandshakeTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new WebSocketCloseHandshake.CloseFrames());

    @Test
    void a_close_from_the_client_is_answered_with_its_code_then_the_connection_closes_and_the_frame_is_passed_on() {
        channel.writeInbound(new CloseWebSocketFrame(4000, "going away"));

        CloseWebSocketFrame answer = channel.readOutbound();
        assertThat(answer.statusCode()).isEqualTo(4000);
        answer.release();
        assertThat(channel.isOpen()).isFalse();
        CloseWebSocketFrame passedOn = channel.readInbound();
        assertThat(passedOn.statusCode()).isEqualTo(4000);
        passedOn.release();
    }

    @Test
    void a_close_without_a_status_code_is_answered_without_one() {
        channel.writeInbound(new CloseWebSocketFrame());

        CloseWebSocketFrame answer = channel.readOutbound();
        assertThat(answer.statusCode()).isEqualTo(-1);
        answer.release();
        channel.<CloseWebSocketFrame>readInbound().release();
    }

    @Test
    void after_the_server_closed_first_the_clients_answer_closes_the_connection_and_no_second_close_is_sent() {
        channel.writeAndFlush(new CloseWebSocketFrame(4401, "Unauthorized"));
        channel.<CloseWebSocketFrame>readOutbound().release();
        assertThat(channel.isOpen()).isTrue();

        channel.writeAndFlush(new CloseWebSocketFrame(1000, "again"));
        channel.writeInbound(new CloseWebSocketFrame(4401, "Unauthorized"));

        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(channel.isOpen()).isFalse();
        channel.<CloseWebSocketFrame>readInbound().release();
    }

    @Test
    void other_frames_pass_both_ways_untouched() {
        channel.writeInbound(new TextWebSocketFrame("in"));
        channel.writeAndFlush(new TextWebSocketFrame("out"));

        TextWebSocketFrame in = channel.readInbound();
        TextWebSocketFrame out = channel.readOutbound();
        assertThat(in.text()).isEqualTo("in");
        assertThat(out.text()).isEqualTo("out");
        in.release();
        out.release();
        assertThat(channel.isOpen()).isTrue();
    }
}
