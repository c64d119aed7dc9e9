package io.cosmicsync.adapter.p2p.multiformats;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A composable network address such as {@code /ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…}: a list of
 * (protocol, value) components, with a text form and a binary form.
 *
 * <pre>
 *   text:   /name/value/name/value...            e.g. /ip4/10.0.0.1/tcp/80
 *   binary: +--------------+---------------------------------------------+ ...
 *           | code: varint | value: fixed size, or varint length + bytes | (repeated)
 *           +--------------+---------------------------------------------+
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/multiformats/multiaddr">multiformats/multiaddr</a> and
 * <a href="https://github.com/libp2p/specs/blob/master/addressing/README.md">libp2p addressing</a>. The protocols
 * understood are listed in {@link Protocol}; an unknown name or code, a malformed value, or binary input over
 * {@value #MAX_BYTES} bytes throws {@link MultiformatException}. Immutable.
 */
public final class Multiaddr {

    /** Longest binary multiaddr accepted from a peer; real addresses are well under 100 bytes. */
    public static final int MAX_BYTES = 1024;

    /** One component: a protocol and its binary value (empty when the protocol takes none). */
    public record Component(Protocol protocol, byte[] value) {
        public Component {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Component c && c.protocol == protocol && Arrays.equals(c.value, value);
        }

        @Override
        public int hashCode() {
            return protocol.hashCode() * 31 + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "/" + protocol.protocolName() + (protocol.hasValue() ? "/" + ProtocolValues.toText(protocol, value) : "");
        }
    }

    private final List<Component> components;

    private Multiaddr(List<Component> components) {
        this.components = List.copyOf(components);
    }

    /** Parses text such as {@code /dns4/example.org/tcp/443}. */
    public static Multiaddr parse(String text) {
        if (text.length() > 4 * MAX_BYTES) {
            throw new MultiformatException("multiaddr text is too long");
        }
        if (!text.startsWith("/")) {
            throw new MultiformatException("multiaddr '" + text + "' must start with '/'");
        }
        String[] parts = text.substring(1).split("/", -1);
        if (text.length() > 1 && text.endsWith("/")) {
            parts = Arrays.copyOf(parts, parts.length - 1);
        }
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < parts.length && !(parts.length == 1 && parts[0].isEmpty()); i++) {
            String name = parts[i];
            Protocol protocol = Protocol.byName(name)
                    .orElseThrow(() -> new MultiformatException("unknown multiaddr protocol '" + name + "' in " + text));
            if (!protocol.hasValue()) {
                out.add(new Component(protocol, new byte[0]));
                continue;
            }
            if (++i >= parts.length) {
                throw new MultiformatException("/" + name + " needs a value in " + text);
            }
            out.add(new Component(protocol, ProtocolValues.toBytes(protocol, parts[i])));
        }
        return new Multiaddr(out);
    }

    /** Parses the binary form, as carried in identify messages and Kademlia peer records. */
    public static Multiaddr fromBytes(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new MultiformatException("multiaddr of " + bytes.length + " bytes exceeds " + MAX_BYTES);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<Component> out = new ArrayList<>();
        while (in.hasRemaining()) {
            long code = Varint.read(in);
            Protocol protocol = Protocol.byCode(code)
                    .orElseThrow(() -> new MultiformatException("unknown multiaddr protocol code " + code));
            long size = protocol.valueBytes() == Protocol.VARIABLE ? Varint.read(in) : protocol.valueBytes();
            if (size > in.remaining()) {
                throw new MultiformatException("/" + protocol.protocolName() + " value is truncated");
            }
            byte[] value = new byte[(int) size];
            in.get(value);
            if (protocol.hasValue()) {
                ProtocolValues.check(protocol, value);
            }
            out.add(new Component(protocol, value));
        }
        return new Multiaddr(out);
    }

    /** {@code /ip4/…/tcp/…} or {@code /ip6/…/tcp/…} for a socket address with a literal IP. */
    public static Multiaddr tcp(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        String ip = address.getAddress().getAddress().length == 4 ? "/ip4/" : "/ip6/";
        int zone = host.indexOf('%');
        return parse(ip + (zone >= 0 ? host.substring(0, zone) : host) + "/tcp/" + address.getPort());
    }

    public List<Component> components() {
        return components;
    }

    /** The text value of the first component of that protocol, if any. */
    public Optional<String> valueOf(Protocol protocol) {
        return components.stream().filter(c -> c.protocol() == protocol).findFirst()
                .map(c -> ProtocolValues.toText(protocol, c.value));
    }

    /** This address followed by {@code other}'s components. */
    public Multiaddr with(Multiaddr other) {
        List<Component> all = new ArrayList<>(components);
        all.addAll(other.components);
        return new Multiaddr(all);
    }

    /** This address without its trailing {@code /p2p/…} component, if there is one. */
    public Multiaddr withoutPeerId() {
        if (!components.isEmpty() && components.get(components.size() - 1).protocol() == Protocol.P2P) {
            return new Multiaddr(components.subList(0, components.size() - 1));
        }
        return this;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Component c : components) {
            out.writeBytes(Varint.encode(c.protocol().code()));
            if (c.protocol().valueBytes() == Protocol.VARIABLE) {
                out.writeBytes(Varint.encode(c.value.length));
            }
            out.writeBytes(c.value);
        }
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Multiaddr m && m.components.equals(components);
    }

    @Override
    public int hashCode() {
        return components.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        components.forEach(out::append);
        return out.length() == 0 ? "/" : out.toString();
    }
}
