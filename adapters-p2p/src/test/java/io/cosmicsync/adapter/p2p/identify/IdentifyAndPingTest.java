package io.cosmicsync.adapter.p2p.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.ping.PingService;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.adapter.p2p.transport.HostConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdentifyAndPingTest {

    private final Host alice = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
    private final Host bob = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
    private final IdentifyService aliceIdentify = IdentifyService.install(alice, "alice/1.0");
    private final IdentifyService bobIdentify = IdentifyService.install(bob, "bob/1.0");
    private final PingService alicePing = PingService.install(alice, Duration.ofSeconds(5));
    private final PingService bobPing = PingService.install(bob, Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
    }

    @Test
    void each_side_identifies_the_other_after_connecting() throws Exception {
        Multiaddr bobAddress = bob.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).get(5, TimeUnit.SECONDS);
        alice.dial(bobAddress).get(5, TimeUnit.SECONDS);

        IdentifyMessage aboutBob = aliceIdentify.whenIdentified(bob.peerId()).get(5, TimeUnit.SECONDS);
        assertThat(aboutBob.peerId()).isEqualTo(bob.peerId());
        assertThat(aboutBob.agentVersion()).isEqualTo("bob/1.0");
        assertThat(aboutBob.protocolVersion()).isEqualTo(IdentifyService.PROTOCOL_VERSION);
        assertThat(aboutBob.protocols()).contains(IdentifyService.PROTOCOL_ID, PingService.PROTOCOL_ID);
        assertThat(aboutBob.listenAddrs()).containsExactly(bobAddress.withoutPeerId());
        assertThat(aboutBob.observedAddr().map(Multiaddr::toString)).hasValueSatisfying(
                a -> assertThat(a).startsWith("/ip4/127.0.0.1/tcp/"));

        IdentifyMessage aboutAlice = bobIdentify.whenIdentified(alice.peerId()).get(5, TimeUnit.SECONDS);
        assertThat(aboutAlice.agentVersion()).isEqualTo("alice/1.0");
        assertThat(aboutAlice.listenAddrs()).isEmpty();
        assertThat(bobIdentify.lastKnown(alice.peerId())).contains(aboutAlice);
    }

    @Test
    void pings_both_ways_and_measures_a_positive_round_trip() throws Exception {
        Multiaddr bobAddress = bob.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).get(5, TimeUnit.SECONDS);
        alice.dial(bobAddress).get(5, TimeUnit.SECONDS);
        assertThat(alicePing.ping(bob.peerId()).get(5, TimeUnit.SECONDS)).isPositive().isLessThan(Duration.ofSeconds(5));
        bobIdentify.whenIdentified(alice.peerId()).get(5, TimeUnit.SECONDS);
        assertThat(bobPing.ping(alice.peerId()).get(5, TimeUnit.SECONDS)).isPositive();
    }

    @Test
    void rejects_an_identify_message_whose_key_is_not_the_peer() {
        IdentifyMessage message = new IdentifyMessage("p", "a", Ed25519KeyPair.generate().publicKey(),
                java.util.List.of(), Optional.empty(), java.util.List.of());
        assertThatThrownBy(() -> IdentifyMessage.decode(message.encode(), Ed25519KeyPair.generate().peerId()))
                .isInstanceOf(IdentifyException.class);
        assertThatThrownBy(() -> IdentifyMessage.decode(new byte[] {(byte) 0xFF, 1}, null))
                .isInstanceOf(IdentifyException.class);
    }

    @Test
    void skips_listen_addresses_it_does_not_understand() throws Exception {
        IdentifyMessage message = new IdentifyMessage("p", "a", Ed25519KeyPair.generate().publicKey(),
                java.util.List.of(Multiaddr.parse("/ip4/1.2.3.4/tcp/1")), Optional.empty(), java.util.List.of("/x"));
        byte[] bytes = io.cosmicsync.adapter.p2p.identify.pb.IdentifyProtos.Identify.newBuilder()
                .mergeFrom(message.encode())
                .addListenAddrs(com.google.protobuf.ByteString.copyFrom(new byte[] {(byte) 0xBD, 0x03}))
                .build().toByteArray();
        assertThat(IdentifyMessage.decode(bytes, message.peerId()).listenAddrs())
                .containsExactly(Multiaddr.parse("/ip4/1.2.3.4/tcp/1"));
    }

    @Test
    void a_ping_to_an_unconnected_peer_fails() {
        assertThatThrownBy(() -> alicePing.ping(bob.peerId()).get(5, TimeUnit.SECONDS))
                .hasMessageContaining("not connected");
    }
}
