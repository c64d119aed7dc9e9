package io.cosmicsync.adapter.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.multistream.MultistreamException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostTest {

    static final String ECHO = "/test/echo/1.0.0";
    private static final Multiaddr LOOPBACK = Multiaddr.parse("/ip4/127.0.0.1/tcp/0");

    private final Host alice = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
    private final Host bob = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
    }

    private static void serveEcho(Host host) {
        host.handle(ECHO, (stream, id) -> stream.pipeline().addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ctx.writeAndFlush(msg);
            }
        }));
    }

    @Test
    void dials_upgrades_and_echoes_over_a_negotiated_stream() throws Exception {
        serveEcho(bob);
        Multiaddr bobAddress = bob.start(LOOPBACK).get(5, TimeUnit.SECONDS);
        assertThat(bobAddress.toString()).startsWith("/ip4/127.0.0.1/tcp/").endsWith("/p2p/" + bob.peerId());

        Connection connection = alice.dial(bobAddress).get(5, TimeUnit.SECONDS);
        assertThat(connection.remotePeer()).isEqualTo(bob.peerId());
        assertThat(connection.outbound()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> bob.connectedPeers().contains(alice.peerId()));

        CompletableFuture<String> echoed = new CompletableFuture<>();
        Channel stream = alice.openStream(bob.peerId(), ECHO, (ch, id) -> ch.pipeline().addLast(
                new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        echoed.complete(((ByteBuf) msg).toString(StandardCharsets.UTF_8));
                        ((ByteBuf) msg).release();
                    }
                })).get(5, TimeUnit.SECONDS);
        stream.writeAndFlush(Unpooled.copiedBuffer("hello", StandardCharsets.UTF_8));
        assertThat(echoed.get(5, TimeUnit.SECONDS)).isEqualTo("hello");
        assertThat(Connection.of(stream)).isEqualTo(connection);
        assertThat(alice.dial(bobAddress).get(5, TimeUnit.SECONDS)).isSameAs(connection);
    }

    @Test
    void fails_a_stream_for_a_protocol_the_peer_does_not_speak() throws Exception {
        Multiaddr bobAddress = bob.start(LOOPBACK).get(5, TimeUnit.SECONDS);
        alice.dial(bobAddress).get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> alice.openStream(bob.peerId(), "/nope/1.0.0", (ch, id) -> { }).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(MultistreamException.class);
        assertThat(alice.connectedPeers()).containsExactly(bob.peerId());
    }

    @Test
    void refuses_a_peer_other_than_the_one_in_the_address() throws Exception {
        Multiaddr bobAddress = bob.start(LOOPBACK).get(5, TimeUnit.SECONDS);
        Multiaddr wrong = bobAddress.withoutPeerId().with(Multiaddr.parse("/p2p/" + Ed25519KeyPair.generate().peerId()));
        assertThatThrownBy(() -> alice.dial(wrong).get(5, TimeUnit.SECONDS)).hasMessageContaining("but reached");
        assertThat(alice.connectedPeers()).isEmpty();
    }

    @Test
    void closes_a_connection_that_never_upgrades() throws Exception {
        Host impatient = new Host(Ed25519KeyPair.generate(), new HostConfig(1, Duration.ofSeconds(1),
                Duration.ofMillis(300), io.cosmicsync.adapter.p2p.yamux.YamuxConfig.defaults()));
        try {
            Multiaddr address = impatient.start(LOOPBACK).get(5, TimeUnit.SECONDS);
            var socket = TcpAddresses.socketAddress(address);
            try (Socket silent = new Socket(socket.getAddress(), socket.getPort())) {
                silent.setSoTimeout(3000);
                assertThat(silent.getInputStream().read()).isEqualTo(-1);
            }
        } finally {
            impatient.close();
        }
    }

    @Test
    void garbage_from_a_raw_socket_closes_only_that_connection() throws Exception {
        serveEcho(bob);
        Multiaddr bobAddress = bob.start(LOOPBACK).get(5, TimeUnit.SECONDS);
        var socket = TcpAddresses.socketAddress(bobAddress);
        try (Socket raw = new Socket(socket.getAddress(), socket.getPort())) {
            raw.setSoTimeout(3000);
            raw.getOutputStream().write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 1, 2, 3});
            raw.getOutputStream().flush();
            byte[] drain = new byte[256];
            int read;
            do {
                read = raw.getInputStream().read(drain);
            } while (read > 0);
            assertThat(read).isEqualTo(-1);
        }
        assertThat(alice.dial(bobAddress).get(5, TimeUnit.SECONDS).remotePeer()).isEqualTo(bob.peerId());
    }

    @Test
    void rejects_addresses_that_are_not_tcp() {
        assertThatThrownBy(() -> alice.dial(Multiaddr.parse("/ip4/127.0.0.1/udp/1/quic-v1")).join())
                .hasCauseInstanceOf(TransportException.class);
    }

    @Test
    void forgets_a_peer_once_its_connection_closes() throws Exception {
        Multiaddr bobAddress = bob.start(LOOPBACK).get(5, TimeUnit.SECONDS);
        alice.dial(bobAddress).get(5, TimeUnit.SECONDS);
        bob.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> alice.connectedPeers().isEmpty());
    }
}
