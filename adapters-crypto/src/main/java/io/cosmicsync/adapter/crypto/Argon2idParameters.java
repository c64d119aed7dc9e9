package io.cosmicsync.adapter.crypto;

/**
 * The cost parameters of an Argon2id hash (RFC 9106, https://www.rfc-editor.org/rfc/rfc9106).
 *
 * <p>The same bounds apply to parameters we choose and to parameters read back from a stored PHC string,
 * so a tampered hash cannot make the node allocate gigabytes or spin for minutes.
 *
 * @param memoryKiB   memory cost {@code m} in KiB; at least {@code 8 * parallelism} (RFC 9106, section 3.1),
 *                    at most {@link #MAX_MEMORY_KIB}
 * @param iterations  time cost {@code t} (passes over memory); 1 to {@link #MAX_ITERATIONS}
 * @param parallelism lanes {@code p}; 1 to {@link #MAX_PARALLELISM}
 * @param saltLength  salt length in bytes; {@link #MIN_SALT_LENGTH} to {@link #MAX_SALT_LENGTH}
 * @param hashLength  tag (output) length in bytes; {@link #MIN_HASH_LENGTH} to {@link #MAX_HASH_LENGTH}
 */
public record Argon2idParameters(int memoryKiB, int iterations, int parallelism, int saltLength, int hashLength) {

    /** 256 MiB (1 GiB / 4): far above any sane password setting, far below what would hurt the node. */
    public static final int MAX_MEMORY_KIB = 1024 * 1024 / 4;
    /** Ten passes already cost seconds at high memory; more only helps an attacker tie up the node. */
    public static final int MAX_ITERATIONS = 10;
    /** More lanes than any node here has cores. */
    public static final int MAX_PARALLELISM = 16;
    /** The PHC string format's minimum for Argon2 salts. */
    public static final int MIN_SALT_LENGTH = 8;
    /** The PHC string format's maximum for Argon2 salts is 48; 64 leaves room and still bounds parsing. */
    public static final int MAX_SALT_LENGTH = 64;
    /** Below 128 bits a tag is too short to resist collisions. */
    public static final int MIN_HASH_LENGTH = 16;
    /** The PHC string format's maximum for Argon2 outputs. */
    public static final int MAX_HASH_LENGTH = 64;

    public Argon2idParameters {
        requireBetween("parallelism", parallelism, 1, MAX_PARALLELISM);
        requireBetween("memoryKiB", memoryKiB, 8 * parallelism, MAX_MEMORY_KIB);
        requireBetween("iterations", iterations, 1, MAX_ITERATIONS);
        requireBetween("saltLength", saltLength, MIN_SALT_LENGTH, MAX_SALT_LENGTH);
        requireBetween("hashLength", hashLength, MIN_HASH_LENGTH, MAX_HASH_LENGTH);
    }

    /**
     * The OWASP Password Storage Cheat Sheet's Argon2id setting: m=19456 KiB (19 MiB), t=2, p=1, with a
     * 16-byte salt and a 32-byte hash (the sizes RFC 9106, section 4, recommends).
     */
    public static Argon2idParameters owaspDefaults() {
        return new Argon2idParameters(19_456, 2, 1, 16, 32);
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
