package io.cosmicsync.adapter.p2p.multiformats;

import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 base32, lower case and without padding: the multibase {@code base32} encoding (prefix {@code 'b'})
 * used for CIDv1 text. Decoding accepts upper case too and rejects other characters and impossible lengths
 * with {@link MultiformatException}.
 *
 * <p>Spec: <a href="https://datatracker.ietf.org/doc/html/rfc4648#section-6">RFC 4648 section 6</a>.
 */
public final class Base32 {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private Base32() {
    }

    public static String encode(byte[] input) {
        StringBuilder out = new StringBuilder((input.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : input) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 0x1F));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
        }
        return out.toString();
    }

    public static byte[] decode(String input) {
        int remainder = input.length() % 8;
        if (remainder == 1 || remainder == 3 || remainder == 6) {
            throw new MultiformatException("base32 text of length " + input.length() + " is impossible");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < input.length(); i++) {
            int value = ALPHABET.indexOf(Character.toLowerCase(input.charAt(i)));
            if (value < 0) {
                throw new MultiformatException("'" + input.charAt(i) + "' at position " + i + " is not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >>> (bits - 8)) & 0xFF);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
