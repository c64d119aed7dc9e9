package io.cosmicsync.adapter.p2p.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cosmicsync.adapter.p2p.identify.IdentifyMessage;
import io.cosmicsync.adapter.p2p.identify.IdentifyService;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.multiformats.Protocol;
import io.cosmicsync.adapter.p2p.ping.PingService;
import io.cosmicsync.adapter.p2p.transport.Connection;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.adapter.p2p.transport.HostConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * This stack against real js-libp2p 2.10 (TCP, Noise, yamux, identify, ping), both directions. Skipped only when
 * {@code node} is not on PATH.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JsLibp2pInteropTest {

    static final String ECHO = "/cosmicsync/interop/echo/1.0.0";

    private JsLibp2pNode js;
    private PeerId jsPeer;
    private Host java;
    private IdentifyService identify;
    private PingService ping;
    private Multiaddr javaAddress;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(JsLibp2pNode.nodeIsOnPath(), "node is not on PATH: skipping the js-libp2p interop tests");
        js = JsLibp2pNode.start();
        jsPeer = PeerId.parse(js.address().valueOf(Protocol.P2P).orElseThrow());
        java = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
        identify = IdentifyService.install(java, "cosmicsync-interop/1.0");
        ping = PingService.install(java, Duration.ofSeconds(10));
        java.handle(ECHO, (stream, id) -> stream.pipeline().addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ctx.writeAndFlush(msg);
            }
        }));
        javaAddress = java.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).get(5, TimeUnit.SECONDS);
    }

    @AfterAll
    void stop() throws Exception {
        if (java != null) {
            java.close();
        }
        if (js != null) {
            js.close();
        }
    }

    @Test
    @Order(1)
    void java_dials_js_and_each_side_identifies_the_other() throws Exception {
        Connection connection = java.dial(js.address()).get(10, TimeUnit.SECONDS);
        assertThat(connection.remotePeer()).isEqualTo(jsPeer);

        IdentifyMessage aboutJs = identify.whenIdentified(jsPeer).get(10, TimeUnit.SECONDS);
        assertThat(aboutJs.agentVersion()).isEqualTo("js-interop/1.0");
        assertThat(aboutJs.protocols()).contains(IdentifyService.PROTOCOL_ID, PingService.PROTOCOL_ID, ECHO);
        assertThat(aboutJs.listenAddrs()).contains(js.address().withoutPeerId());

        String aboutJava = js.call("identify " + java.peerId(), 15);
        assertThat(aboutJava).contains("cosmicsync-interop/1.0", IdentifyService.PROTOCOL_ID, PingService.PROTOCOL_ID,
                ECHO, javaAddress.withoutPeerId().toString());
    }

    @Test
    @Order(2)
    void java_pings_js_and_js_pings_java() throws Exception {
        java.dial(js.address()).get(10, TimeUnit.SECONDS);
        assertThat(ping.ping(jsPeer).get(10, TimeUnit.SECONDS)).isPositive().isLessThan(Duration.ofSeconds(5));
        assertThat(Double.parseDouble(js.call("ping " + java.peerId(), 15))).isGreaterThanOrEqualTo(0);
    }

    @Test
    @Order(3)
    void java_streams_a_megabyte_through_a_js_echo_within_yamux_windows() throws Exception {
        java.dial(js.address()).get(10, TimeUnit.SECONDS);
        byte[] payload = new byte[1024 * 1024];
        new Random(3).nextBytes(payload);
        ByteBuf received = Unpooled.buffer(payload.length);
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        Channel stream = java.openStream(jsPeer, ECHO, (ch, id) -> ch.pipeline().addLast(
                new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        received.writeBytes((ByteBuf) msg);
                        ((ByteBuf) msg).release();
                        if (received.readableBytes() == payload.length) {
                            done.complete(ByteBufUtil.getBytes(received));
                            ctx.close();
                        }
                    }
                })).get(10, TimeUnit.SECONDS);
        stream.writeAndFlush(Unpooled.wrappedBuffer(payload));
        assertThat(done.get(30, TimeUnit.SECONDS)).isEqualTo(payload);
    }

    @Test
    @Order(4)
    void js_pushes_identify_when_it_serves_a_new_protocol() throws Exception {
        java.dial(js.address()).get(10, TimeUnit.SECONDS);
        identify.whenIdentified(jsPeer).get(10, TimeUnit.SECONDS);
        js.call("handle /cosmicsync/late/1.0.0", 10);
        await().atMost(Duration.ofSeconds(10)).until(() -> identify.lastKnown(jsPeer)
                .map(m -> m.protocols().contains("/cosmicsync/late/1.0.0")).orElse(false));
    }

    @Test
    @Order(5)
    void java_refuses_a_js_peer_that_is_not_the_one_it_dialed() {
        PeerId stranger = Ed25519KeyPair.generate().peerId();
        Multiaddr jsUnderWrongName = js.address().withoutPeerId().with(Multiaddr.parse("/p2p/" + stranger));
        assertThatThrownBy(() -> java.dial(jsUnderWrongName).get(10, TimeUnit.SECONDS))
                .hasMessageContaining("but reached");
    }

    @Test
    @Order(6)
    void js_learns_the_authenticated_peer_id_even_when_dialing_under_a_wrong_name() throws Exception {
        // js-libp2p 2.10 does not refuse a mismatched /p2p in a dialed address (js to js behaves the same); what
        // matters is that it ends up with the identity the Noise handshake proved.
        PeerId stranger = Ed25519KeyPair.generate().peerId();
        try (Host unmet = new Host(Ed25519KeyPair.generate(), HostConfig.defaults())) {
            Multiaddr address = unmet.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).get(5, TimeUnit.SECONDS);
            Multiaddr unmetUnderWrongName = address.withoutPeerId().with(Multiaddr.parse("/p2p/" + stranger));
            assertThat(js.call("dial " + unmetUnderWrongName, 15)).isEqualTo(unmet.peerId().toString());
            await().atMost(Duration.ofSeconds(5)).until(() -> unmet.connectedPeers().contains(jsPeer));
        }
    }

    @Test
    @Order(7)
    void js_dials_a_fresh_java_node_and_streams_through_a_java_echo() throws Exception {
        try (Host fresh = new Host(Ed25519KeyPair.generate(), HostConfig.defaults())) {
            IdentifyService freshIdentify = IdentifyService.install(fresh, "cosmicsync-fresh/1.0");
            PingService.install(fresh, Duration.ofSeconds(10));
            fresh.handle(ECHO, (stream, id) -> stream.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                    ctx.writeAndFlush(msg);
                }
            }));
            Multiaddr address = fresh.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).get(5, TimeUnit.SECONDS);

            assertThat(js.call("dial " + address, 15)).isEqualTo(fresh.peerId().toString());
            await().atMost(Duration.ofSeconds(5)).until(() -> fresh.connection(jsPeer).isPresent());
            assertThat(fresh.connection(jsPeer).map(Connection::outbound)).contains(false);
            assertThat(js.call("identify " + fresh.peerId(), 15)).contains("cosmicsync-fresh/1.0", ECHO);
            assertThat(freshIdentify.whenIdentified(jsPeer).get(10, TimeUnit.SECONDS).protocols())
                    .contains(PingService.PROTOCOL_ID);
            assertThat(Double.parseDouble(js.call("ping " + fresh.peerId(), 15))).isGreaterThanOrEqualTo(0);
            assertThat(js.call("echo " + fresh.peerId() + " " + ECHO + " 700000", 30)).isEqualTo("700000");
        }
    }
}
