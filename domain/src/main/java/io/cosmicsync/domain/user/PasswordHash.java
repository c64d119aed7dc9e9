package io.cosmicsync.domain.user;

/**
 * An encoded password hash (PHC string format, e.g. {@code $argon2id$v=19$...}). Never the password.
 *
 * @param encoded the PHC string; not blank
 */
public record PasswordHash(String encoded) {

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
