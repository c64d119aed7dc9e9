package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.adapter.p2p.transport.HostConfig;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Java ↔ Java gossipsub over real TCP + Noise + yamux hosts on the loopback interface. */
class GossipsubOverTcpTest {

    private static final Multiaddr LOOPBACK = Multiaddr.parse("/ip4/127.0.0.1/tcp/0");
    private static final String TOPIC = "cosmicsync/changes";

    private final List<Host> hosts = List.of(host(), host(), host());
    private final List<GossipsubService> services = hosts.stream()
            .map(h -> GossipsubService.install(h, GossipsubConfig.defaults())).toList();

    @AfterEach
    void stop() {
        services.forEach(GossipsubService::close);
        hosts.forEach(Host::close);
    }

    @Test
    void a_message_published_at_one_end_of_a_line_reaches_the_other_end_once() throws Exception {
        List<List<PubsubMessage>> inboxes = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(),
                new CopyOnWriteArrayList<>());
        for (int i = 0; i < 3; i++) {
            services.get(i).router().subscribe(TOPIC, inboxes.get(i)::add);
            hosts.get(i).start(LOOPBACK).get(5, TimeUnit.SECONDS);
        }
        hosts.get(0).dial(hosts.get(1).address()).get(5, TimeUnit.SECONDS);
        hosts.get(1).dial(hosts.get(2).address()).get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                services.get(0).router().meshPeers(TOPIC).contains(hosts.get(1).peerId())
                        && services.get(2).router().meshPeers(TOPIC).contains(hosts.get(1).peerId())
                        && services.get(1).router().meshPeers(TOPIC).size() == 2);

        services.get(0).router().publish(TOPIC, "over the wire".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(10)).until(() -> !inboxes.get(2).isEmpty());
        Thread.sleep(300); // a second copy, if any, would arrive within this
        assertThat(inboxes.get(2)).singleElement().satisfies(m -> {
            assertThat(m.author()).isEqualTo(hosts.get(0).peerId());
            assertThat(m.receivedFrom()).isEqualTo(hosts.get(1).peerId());
            assertThat(new String(m.data(), StandardCharsets.UTF_8)).isEqualTo("over the wire");
        });
        assertThat(inboxes.get(1)).hasSize(1);
        assertThat(inboxes.get(0)).isEmpty();
    }

    @Test
    void garbage_on_a_gossipsub_stream_closes_that_stream_but_not_the_connection() throws Exception {
        Host attacker = hosts.get(0);
        Host victim = hosts.get(1);
        victim.start(LOOPBACK).get(5, TimeUnit.SECONDS);
        attacker.dial(victim.address()).get(5, TimeUnit.SECONDS);

        CompletableFuture<Void> victimClosed = new CompletableFuture<>();
        Channel stream = attacker.openStream(victim.peerId(), GossipsubConfig.PROTOCOL_ID, (ch, id) ->
                ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                        if (event instanceof ChannelInputShutdownEvent) {
                            victimClosed.complete(null); // the victim's FIN: it closed its end
                        }
                    }

                    @Override
                    public void channelInactive(ChannelHandlerContext ctx) {
                        victimClosed.complete(null);
                    }
                })).get(5, TimeUnit.SECONDS);
        stream.writeAndFlush(Unpooled.wrappedBuffer(new byte[]{(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}));

        victimClosed.get(5, TimeUnit.SECONDS);
        assertThat(attacker.connection(victim.peerId()).orElseThrow().channel().isActive()).isTrue();
        assertThat(attacker.openStream(victim.peerId(), GossipsubConfig.PROTOCOL_ID, (ch, id) -> { })
                .get(5, TimeUnit.SECONDS).isActive()).as("the connection still carries new streams").isTrue();
    }

    private static Host host() {
        return new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
    }
}
