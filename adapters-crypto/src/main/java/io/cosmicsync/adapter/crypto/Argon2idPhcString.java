package io.cosmicsync.adapter.crypto;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format
 * (https://github.com/P-H-C/phc-string-format/blob/master/phc-sf-spec.md):
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>}, salt and hash in standard Base64
 * without padding. Only version 19 (0x13, Argon2 1.3) is read and written. Holds the arrays it is given;
 * the caller wipes them.
 */
record Argon2idPhcString(Argon2idParameters parameters, byte[] salt, byte[] hash) {

    /** Longest string with maximal parameters, salt and hash is about 200 characters. */
    private static final int MAX_ENCODED_LENGTH = 256;
    /** Nine digits are enough for every allowed value and cannot overflow an int. */
    private static final Pattern COSTS = Pattern.compile("m=([0-9]{1,9}),t=([0-9]{1,9}),p=([0-9]{1,9})");
    private static final String ALGORITHM = "argon2id";
    private static final String VERSION = "v=19";

    String encode() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$" + ALGORITHM + "$" + VERSION
                + "$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p=" + parameters.parallelism()
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** @return empty for anything that is not a well-formed Argon2id v19 string within the allowed bounds */
    static Optional<Argon2idPhcString> parse(String encoded) {
        if (encoded == null || encoded.length() > MAX_ENCODED_LENGTH) {
            return Optional.empty();
        }
        String[] fields = encoded.split("\\$", -1);
        if (fields.length != 6 || !fields[0].isEmpty()
                || !ALGORITHM.equals(fields[1]) || !VERSION.equals(fields[2])) {
            return Optional.empty();
        }
        Matcher costs = COSTS.matcher(fields[3]);
        if (!costs.matches()) {
            return Optional.empty();
        }
        try {
            byte[] salt = decode(fields[4]);
            byte[] hash = decode(fields[5]);
            Argon2idParameters parameters = new Argon2idParameters(
                    Integer.parseInt(costs.group(1)), Integer.parseInt(costs.group(2)),
                    Integer.parseInt(costs.group(3)), salt.length, hash.length);
            return Optional.of(new Argon2idPhcString(parameters, salt, hash));
        } catch (IllegalArgumentException badBase64OrOutOfBounds) {
            return Optional.empty();
        }
    }

    private static byte[] decode(String unpadded) {
        if (unpadded.indexOf('=') >= 0) {
            throw new IllegalArgumentException("PHC strings carry Base64 without padding");
        }
        return Base64.getDecoder().decode(unpadded);
    }
}
