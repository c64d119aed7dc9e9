package io.cosmicsync.adapter.crypto;

import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.port.HashPasswordPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * {@link HashPasswordPort} with Argon2id, version 1.3 (RFC 9106, https://www.rfc-editor.org/rfc/rfc9106),
 * computed by BouncyCastle's {@link Argon2BytesGenerator}.
 *
 * <p>{@link #hash} uses the configured {@link Argon2idParameters} (by default
 * {@link Argon2idParameters#owaspDefaults()}: m=19456 KiB, t=2, p=1, 16-byte salt from {@link SecureRandom},
 * 32-byte hash) and returns a PHC string such as
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt base64, no padding>$<hash base64, no padding>}.
 *
 * <p>{@link #verify} takes the parameters from the stored string, not from this instance, so hashes made
 * with older settings keep verifying. It returns {@code false}, never throws, for a malformed string or
 * one whose costs exceed the bounds of {@link Argon2idParameters}. Comparison is constant-time. The
 * password is encoded to UTF-8 without a {@code String}, and every intermediate array is wiped; the
 * caller's {@code char[]} is neither kept nor logged.
 */
@Singleton
public final class Argon2idPasswordHasher implements HashPasswordPort {

    private final Argon2idParameters parameters;
    private final SecureRandom random;

    /** The bean Micronaut creates: OWASP defaults, no configuration needed. */
    @Inject
    public Argon2idPasswordHasher() {
        this(Argon2idParameters.owaspDefaults());
    }

    public Argon2idPasswordHasher(Argon2idParameters parameters) {
        this(parameters, new SecureRandom());
    }

    Argon2idPasswordHasher(Argon2idParameters parameters, SecureRandom random) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @throws IllegalArgumentException if {@code password} is not valid UTF-16 (a lone surrogate) */
    @Override
    public PasswordHash hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[parameters.saltLength()];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, parameters)
                .orElseThrow(() -> new IllegalArgumentException("the password is not valid UTF-16"));
        try {
            return new PasswordHash(new Argon2idPhcString(parameters, salt, hash).encode());
        } finally {
            Arrays.fill(salt, (byte) 0);
            Arrays.fill(hash, (byte) 0);
        }
    }

    @Override
    public boolean verify(char[] candidate, PasswordHash hash) {
        if (candidate == null || hash == null) {
            return false;
        }
        Optional<Argon2idPhcString> stored = Argon2idPhcString.parse(hash.encoded());
        if (stored.isEmpty()) {
            return false;
        }
        byte[] expected = stored.get().hash();
        byte[] actual = derive(candidate, stored.get().salt(), stored.get().parameters()).orElse(null);
        try {
            return actual != null && MessageDigest.isEqual(expected, actual);
        } finally {
            Arrays.fill(expected, (byte) 0);
            Arrays.fill(stored.get().salt(), (byte) 0);
            if (actual != null) {
                Arrays.fill(actual, (byte) 0);
            }
        }
    }

    /** The raw Argon2id v1.3 tag; empty if {@code password} cannot be encoded as UTF-8. */
    static Optional<byte[]> derive(char[] password, byte[] salt, Argon2idParameters costs) {
        Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(costs.memoryKiB())
                .withIterations(costs.iterations())
                .withParallelism(costs.parallelism())
                .withSalt(salt)
                .build();
        byte[] utf8 = utf8(password);
        try {
            if (utf8 == null) {
                return Optional.empty();
            }
            byte[] out = new byte[costs.hashLength()];
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(argon2);
            generator.generateBytes(utf8, out);
            return Optional.of(out);
        } finally {
            argon2.clear();
            if (utf8 != null) {
                Arrays.fill(utf8, (byte) 0);
            }
        }
    }

    /** UTF-8 bytes of {@code password} through one buffer we can wipe; null on a lone surrogate. */
    private static byte[] utf8(char[] password) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.ceil(encoder.maxBytesPerChar() * password.length));
        try {
            CoderResult result = encoder.encode(CharBuffer.wrap(password), buffer, true);
            if (result.isError() || encoder.flush(buffer).isError()) {
                return null;
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        } finally {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }
}
