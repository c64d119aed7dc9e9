package io.cosmicsync.adapter.persistence;

import io.cosmicsync.domain.user.Email;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Domain objects as the application would build them (instants truncated to microseconds). */
public final class TestData {

    private TestData() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static User user(String username, String email) {
        return User.create(new Username(username), new Email(email),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), now());
    }
}
