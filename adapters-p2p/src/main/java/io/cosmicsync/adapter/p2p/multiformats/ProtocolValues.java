package io.cosmicsync.adapter.p2p.multiformats;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * Converts one multiaddr component value between its text and its binary form (IP addresses, ports, DNS names,
 * peer ids). Package-private helper of {@link Multiaddr}; every error is a {@link MultiformatException}.
 */
final class ProtocolValues {

    /** A DNS name is at most 253 characters (RFC 1035); one byte of slack for a trailing dot. */
    private static final int MAX_DNS_NAME = 255;

    private ProtocolValues() {
    }

    static byte[] toBytes(Protocol protocol, String text) {
        return switch (protocol) {
            case IP4 -> ip4(text);
            case IP6 -> ip6(text);
            case TCP, UDP -> port(text);
            case DNS, DNS4, DNS6 -> dnsName(text.getBytes(StandardCharsets.UTF_8));
            case P2P -> peerId(text);
            default -> throw new MultiformatException("/" + protocol.protocolName() + " takes no value");
        };
    }

    static String toText(Protocol protocol, byte[] value) {
        return switch (protocol) {
            case IP4 -> ip4Text(value);
            case IP6 -> ip6Text(value);
            case TCP, UDP -> Integer.toString(((value[0] & 0xFF) << 8) | (value[1] & 0xFF));
            case DNS, DNS4, DNS6 -> new String(dnsName(value), StandardCharsets.UTF_8);
            case P2P -> Base58.encode(Multihash.fromBytes(value).toBytes());
            default -> throw new MultiformatException("/" + protocol.protocolName() + " takes no value");
        };
    }

    /** Validates a binary value read from the wire. */
    static void check(Protocol protocol, byte[] value) {
        toText(protocol, value);
    }

    private static byte[] ip4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new MultiformatException("'" + text + "' is not an IPv4 address");
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                throw new MultiformatException("'" + text + "' is not an IPv4 address");
            }
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return out;
    }

    private static String ip4Text(byte[] v) {
        return (v[0] & 0xFF) + "." + (v[1] & 0xFF) + "." + (v[2] & 0xFF) + "." + (v[3] & 0xFF);
    }

    private static byte[] ip6(String text) {
        // A literal with ':' never triggers a DNS lookup in InetAddress.getByName.
        if (!text.contains(":") || !text.matches("[0-9a-fA-F:.]+")) {
            throw new MultiformatException("'" + text + "' is not an IPv6 address");
        }
        try {
            InetAddress address = InetAddress.getByName(text);
            if (address instanceof Inet4Address mapped) {
                byte[] out = new byte[16];
                out[10] = (byte) 0xFF;
                out[11] = (byte) 0xFF;
                System.arraycopy(mapped.getAddress(), 0, out, 12, 4);
                return out;
            }
            return address.getAddress();
        } catch (UnknownHostException e) {
            throw new MultiformatException("'" + text + "' is not an IPv6 address");
        }
    }

    /** RFC 5952 text: lower case, the longest run (two or more) of zero groups written {@code ::}. */
    private static String ip6Text(byte[] v) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((v[2 * i] & 0xFF) << 8) | (v[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static byte[] port(String text) {
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > 65535) {
            throw new MultiformatException("'" + text + "' is not a port number (0-65535)");
        }
        int port = Integer.parseInt(text);
        return new byte[] {(byte) (port >>> 8), (byte) port};
    }

    private static byte[] dnsName(byte[] name) {
        if (name.length == 0 || name.length > MAX_DNS_NAME) {
            throw new MultiformatException("DNS name must be 1-" + MAX_DNS_NAME + " bytes, got " + name.length);
        }
        for (byte b : name) {
            if (b == '/' || (b >= 0 && b < 0x20)) {
                throw new MultiformatException("DNS name contains '/' or a control character");
            }
        }
        return name;
    }

    /** A peer id in legacy base58 ({@code 12D3KooW…}, {@code Qm…}) or CIDv1 text; the bytes are its multihash. */
    private static byte[] peerId(String text) {
        if (text.startsWith("1") || text.startsWith("Qm")) {
            return Multihash.fromBytes(Base58.decode(text)).toBytes();
        }
        Cid cid = Cid.parse(text);
        if (cid.codec() != Cid.LIBP2P_KEY) {
            throw new MultiformatException("CID codec 0x" + Long.toHexString(cid.codec()) + " is not libp2p-key");
        }
        return cid.hash().toBytes();
    }
}
