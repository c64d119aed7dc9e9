package io.cosmicsync.adapter.p2p.multiformats;

import java.util.Arrays;
import java.util.Optional;

/**
 * The multiaddr protocols this node understands, with their multicodec code and the size of their value.
 * Codes and sizes are from <a href="https://github.com/multiformats/multiaddr/blob/master/protocols.csv">
 * multiaddr protocols.csv</a>; anything else is rejected by {@link Multiaddr} with an error naming the code.
 */
public enum Protocol {
    IP4(4, "ip4", 4),
    TCP(6, "tcp", 2),
    UDP(273, "udp", 2),
    IP6(41, "ip6", 16),
    DNS(53, "dns", Protocol.VARIABLE),
    DNS4(54, "dns4", Protocol.VARIABLE),
    DNS6(55, "dns6", Protocol.VARIABLE),
    P2P(421, "p2p", Protocol.VARIABLE),
    P2P_CIRCUIT(290, "p2p-circuit", 0),
    TLS(448, "tls", 0),
    QUIC_V1(461, "quic-v1", 0),
    WS(477, "ws", 0),
    WSS(478, "wss", 0);

    /** Marks a value prefixed by its varint length. */
    static final int VARIABLE = -1;

    private final int code;
    private final String protocolName;
    private final int valueBytes;

    Protocol(int code, String protocolName, int valueBytes) {
        this.code = code;
        this.protocolName = protocolName;
        this.valueBytes = valueBytes;
    }

    public int code() {
        return code;
    }

    /** The name used in text multiaddrs, e.g. {@code ip4}. */
    public String protocolName() {
        return protocolName;
    }

    /** Fixed value size in bytes, 0 for protocols without a value, or -1 for length-prefixed values. */
    public int valueBytes() {
        return valueBytes;
    }

    public boolean hasValue() {
        return valueBytes != 0;
    }

    public static Optional<Protocol> byCode(long code) {
        return Arrays.stream(values()).filter(p -> p.code == code).findFirst();
    }

    /** Looks up a text name; {@code ipfs} is the legacy name of {@code p2p}. */
    public static Optional<Protocol> byName(String name) {
        if (name.equals("ipfs")) {
            return Optional.of(P2P);
        }
        return Arrays.stream(values()).filter(p -> p.protocolName.equals(name)).findFirst();
    }
}
