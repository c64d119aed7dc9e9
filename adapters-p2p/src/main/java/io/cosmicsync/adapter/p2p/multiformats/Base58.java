package io.cosmicsync.adapter.p2p.multiformats;

import java.util.Arrays;

/**
 * Base58 with the Bitcoin alphabet ({@code base58btc}), the canonical text form of peer ids. Each leading zero
 * byte becomes a leading {@code '1'}; the rest is the big-endian number written in base 58.
 *
 * <p>Spec: <a href="https://datatracker.ietf.org/doc/html/draft-msporny-base58-03">draft-msporny-base58</a>.
 * Decoding rejects characters outside the alphabet with {@link MultiformatException}. Quadratic in the length,
 * which is fine for the short strings it is used for; callers bound the input length.
 */
public final class Base58 {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58() {
    }

    public static String encode(byte[] input) {
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] number = Arrays.copyOf(input, input.length);
        char[] out = new char[input.length * 2];
        int outStart = out.length;
        int start = zeros;
        while (start < number.length) {
            out[--outStart] = ALPHABET[divmod(number, start, 256, 58)];
            if (number[start] == 0) {
                start++;
            }
        }
        for (int i = 0; i < zeros; i++) {
            out[--outStart] = ALPHABET[0];
        }
        return new String(out, outStart, out.length - outStart);
    }

    public static byte[] decode(String input) {
        byte[] digits = new byte[input.length()];
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new MultiformatException("'" + c + "' at position " + i + " is not a base58btc character");
            }
            digits[i] = (byte) digit;
        }
        int zeros = 0;
        while (zeros < digits.length && digits[zeros] == 0) {
            zeros++;
        }
        byte[] out = new byte[input.length()];
        int outStart = out.length;
        int start = zeros;
        while (start < digits.length) {
            out[--outStart] = (byte) divmod(digits, start, 58, 256);
            if (digits[start] == 0) {
                start++;
            }
        }
        while (outStart < out.length && out[outStart] == 0) {
            outStart++;
        }
        byte[] result = new byte[zeros + out.length - outStart];
        System.arraycopy(out, outStart, result, zeros, out.length - outStart);
        return result;
    }

    /** Divides the big-endian number in {@code number[start..]} (digits in {@code base}) by {@code divisor}. */
    private static int divmod(byte[] number, int start, int base, int divisor) {
        int remainder = 0;
        for (int i = start; i < number.length; i++) {
            int temp = remainder * base + (number[i] & 0xFF);
            number[i] = (byte) (temp / divisor);
            remainder = temp % divisor;
        }
        return remainder;
    }
}
