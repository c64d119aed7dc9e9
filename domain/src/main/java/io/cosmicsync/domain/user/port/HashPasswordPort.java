package io.cosmicsync.domain.user.port;

import io.cosmicsync.domain.user.PasswordHash;

/**
 * Turns a plain-text password into a slow, salted hash and checks a candidate against it.
 *
 * <p>Implementations use a memory-hard function (Argon2id, RFC 9106) and encode the result in the
 * PHC string format, e.g. {@code $argon2id$v=19$m=19456,t=2,p=1$<salt b64>$<hash b64>}, so the
 * parameters travel with the hash and can be raised later without breaking old hashes.
 * The caller owns the {@code char[]}: implementations never keep or log it.
 */
public interface HashPasswordPort {

    /** Hashes {@code password} with a fresh random salt. */
    PasswordHash hash(char[] password);

    /**
     * Checks {@code candidate} against {@code hash} in constant time.
     *
     * @return {@code false} also when {@code hash} is not a format this implementation reads
     */
    boolean verify(char[] candidate, PasswordHash hash);
}
