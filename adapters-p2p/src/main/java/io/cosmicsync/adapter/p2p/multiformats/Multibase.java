package io.cosmicsync.adapter.p2p.multiformats;

/**
 * Self-describing base encodings: one prefix character names the base of the text that follows. Supports the two
 * bases libp2p uses for peer ids: {@code 'z'} base58btc and {@code 'b'} base32 (lower case, no padding).
 * Other prefixes throw {@link MultiformatException} naming the prefix.
 *
 * <p>Spec: <a href="https://github.com/multiformats/multibase">multiformats/multibase</a>.
 */
public enum Multibase {
    BASE58BTC('z'),
    BASE32('b');

    private final char prefix;

    Multibase(char prefix) {
        this.prefix = prefix;
    }

    public char prefix() {
        return prefix;
    }

    public String encode(byte[] bytes) {
        return prefix + (this == BASE58BTC ? Base58.encode(bytes) : Base32.encode(bytes));
    }

    /** Decodes prefixed text, whichever supported base it names. */
    public static byte[] decode(String text) {
        if (text.isEmpty()) {
            throw new MultiformatException("multibase text is empty");
        }
        String body = text.substring(1);
        return switch (text.charAt(0)) {
            case 'z' -> Base58.decode(body);
            case 'b' -> Base32.decode(body);
            default -> throw new MultiformatException("unsupported multibase prefix '" + text.charAt(0) + "'");
        };
    }
}
