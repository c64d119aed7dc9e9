package io.cosmicsync.domain.auth;

import io.cosmicsync.domain.common.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An opaque refresh token: 32 random bytes in unpadded base64url (43 characters).
 *
 * <p>Only its SHA-256 {@link #hash()} is stored, so a leaked database does not leak usable tokens.
 */
public record RefreshToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 43;

    public RefreshToken {
        if (value == null || value.length() != LENGTH || !value.matches("[A-Za-z0-9_-]+")) {
            throw new InvalidValueException("refresh_token", "must be the 43-character token returned by login");
        }
    }

    /** A fresh token from a cryptographically strong random source. */
    public static RefreshToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new RefreshToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The lower-case hex SHA-256 of the token text: what the store keeps. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Hides the token from logs. */
    @Override
    public String toString() {
        return "RefreshToken[redacted]";
    }
}
