package io.cosmicsync.application.common.fakes;

import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.port.HashPasswordPort;

/** Deterministic but not the identity: {@code "$fake$" + reversed password}. Counts its calls. */
public final class FakePasswordHasher implements HashPasswordPort {

    private int hashCalls;
    private int verifyCalls;

    public static String encode(String password) {
        return "$fake$" + new StringBuilder(password).reverse();
    }

    @Override
    public PasswordHash hash(char[] password) {
        hashCalls++;
        return new PasswordHash(encode(new String(password)));
    }

    @Override
    public boolean verify(char[] candidate, PasswordHash hash) {
        verifyCalls++;
        return hash.encoded().equals(encode(new String(candidate)));
    }

    public int hashCalls() {
        return hashCalls;
    }

    public int verifyCalls() {
        return verifyCalls;
    }
}
