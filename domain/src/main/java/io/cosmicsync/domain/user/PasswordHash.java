package io.cosmicsync.domain.user;

/**
 * An encoded password hash (PHC string format, e.g. {@code $argon2id$v=19$...}). Never the password.
 *
 * @param encoded the PHC string; not blank
 */
public record PasswordHash(String encoded) {

    /**
     * The hash of people who cannot log in until a password is set (e.g. imported from a survey): not a
     * format any verifier reads, so it matches no password.
     */
    public static final PasswordHash UNUSABLE = new PasswordHash("$unusable$no-password-set");

    public PasswordHash {
        if (encoded == null || encoded.isBlank() || !encoded.startsWith("$")) {
            throw new IllegalArgumentException("a password hash is a PHC string starting with '$'");
        }
    }

    /** Hides the hash from logs and error messages. */
    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
