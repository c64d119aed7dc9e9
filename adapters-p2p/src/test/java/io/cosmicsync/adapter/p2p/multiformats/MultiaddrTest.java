package io.cosmicsync.adapter.p2p.multiformats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultiaddrTest {

    private static final String PEER = "12D3KooWBtg3aaRMjxwedh83aGiUkwSxDwUZkzuJcfaqUmo7R3pq";

    @Test
    void encodes_ip4_tcp_as_in_the_multiaddr_spec() {
        Multiaddr addr = Multiaddr.parse("/ip4/127.0.0.1/tcp/4001");
        assertThat(HexFormat.of().formatHex(addr.toBytes())).isEqualTo("047f00000106" + "0fa1");
    }

    @Test
    void encodes_a_p2p_component_as_a_length_prefixed_multihash() {
        byte[] bytes = Multiaddr.parse("/p2p/" + PEER).toBytes();
        // 421 = a503, length 38 = 0x26, identity multihash 00 24 + 36-byte key envelope
        assertThat(HexFormat.of().formatHex(bytes)).startsWith("a50326" + "0024" + "08011220");
        assertThat(bytes).hasSize(3 + 38);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/ip4/127.0.0.1/tcp/4001/p2p/" + PEER,
        "/ip6/::1/tcp/0",
        "/ip6/2001:db8::ff00:42:8329/udp/53",
        "/ip6/fe80::1:0:0:1/tcp/1",
        "/dns4/example.org/tcp/443/wss",
        "/dns6/localhost/tcp/1",
        "/dns/bootstrap.libp2p.io/tcp/4001/p2p/" + PEER,
        "/ip4/1.2.3.4/udp/4001/quic-v1",
        "/ip4/1.2.3.4/tcp/1/p2p/" + PEER + "/p2p-circuit",
    })
    void round_trips_text_and_bytes(String text) {
        Multiaddr addr = Multiaddr.parse(text);
        assertThat(addr.toString()).isEqualTo(text);
        assertThat(Multiaddr.fromBytes(addr.toBytes())).isEqualTo(addr);
    }

    @Test
    void accepts_the_legacy_ipfs_name_and_cid_peer_ids_and_prints_p2p_base58() {
        String cid = new Cid(Cid.LIBP2P_KEY, Multihash.fromBytes(Base58.decode(PEER))).toString();
        assertThat(cid).startsWith("bafz");
        assertThat(Multiaddr.parse("/ipfs/" + cid)).hasToString("/p2p/" + PEER);
    }

    @Test
    void builds_an_address_from_a_socket_address() {
        assertThat(Multiaddr.tcp(new InetSocketAddress("127.0.0.1", 4001)))
                .isEqualTo(Multiaddr.parse("/ip4/127.0.0.1/tcp/4001"));
    }

    @Test
    void strips_a_trailing_peer_id() {
        assertThat(Multiaddr.parse("/ip4/127.0.0.1/tcp/1/p2p/" + PEER).withoutPeerId())
                .isEqualTo(Multiaddr.parse("/ip4/127.0.0.1/tcp/1"));
        assertThat(Multiaddr.parse("/ip4/127.0.0.1/tcp/1/p2p/" + PEER).valueOf(Protocol.P2P)).contains(PEER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ip4/1.2.3.4", "/ip4/1.2.3", "/ip4/256.1.1.1", "/tcp/65536", "/tcp/-1", "/ip4", "/ip6/1.2.3.4",
        "/onion3/abc:80", "/p2p/notapeerid0", "/dns4/", "/ip6/::1::2",
    })
    void rejects_malformed_or_unknown_text(String text) {
        assertThatThrownBy(() -> Multiaddr.parse(text)).isInstanceOf(MultiformatException.class);
    }

    @Test
    void names_the_unknown_protocol_code() {
        // 0x01bd = 445 (onion3) is valid multicodec but not understood here
        assertThatThrownBy(() -> Multiaddr.fromBytes(HexFormat.of().parseHex("bd03")))
                .hasMessageContaining("unknown multiaddr protocol code 445");
    }

    @Test
    void rejects_truncated_and_oversized_binary() {
        assertThatThrownBy(() -> Multiaddr.fromBytes(HexFormat.of().parseHex("047f0000")))
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> Multiaddr.fromBytes(new byte[Multiaddr.MAX_BYTES + 1]))
                .isInstanceOf(MultiformatException.class);
    }

    @Property
    void round_trips_generated_addresses(@ForAll("addresses") String text) {
        Multiaddr addr = Multiaddr.parse(text);
        assertThat(Multiaddr.fromBytes(addr.toBytes())).isEqualTo(addr);
        assertThat(Multiaddr.parse(addr.toString())).isEqualTo(addr);
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> ip4 = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(l -> "/ip4/" + l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3));
        Arbitrary<String> ip6 = Arbitraries.integers().between(0, 0xFFFF).list().ofSize(8)
                .map(l -> "/ip6/" + String.join(":", l.stream().map(Integer::toHexString).toList()));
        Arbitrary<String> dns = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30)
                .map(s -> "/dns4/" + s + ".example");
        Arbitrary<String> port = Arbitraries.integers().between(0, 65535).map(p -> "/tcp/" + p);
        return Combinators.combine(Arbitraries.oneOf(ip4, ip6, dns), port).as(String::concat);
    }
}
