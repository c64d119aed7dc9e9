package io.cosmicsync.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A person with an account on this node. Immutable: changes return a new instance.
 *
 * <p>The password hash is part of the aggregate so it is saved with it, but nothing outside the
 * authentication use cases reads it.
 */
public final class User {

    private final UserId id;
    private final Username username;
    private final Email email;
    private final PasswordHash passwordHash;
    private final Instant createdAt;
    private final Instant updatedAt;

    private User(UserId id, Username username, Email email, PasswordHash passwordHash,
                 Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new user with a fresh id, created at {@code now}. */
    public static User create(Username username, Email email, PasswordHash passwordHash, Instant now) {
        return new User(UserId.random(), username, email, passwordHash, now, now);
    }

    /** A user loaded from storage. */
    public static User reconstitute(UserId id, Username username, Email email, PasswordHash passwordHash,
                                    Instant createdAt, Instant updatedAt) {
        return new User(id, username, email, passwordHash, createdAt, updatedAt);
    }

    /** This user with the given fields replaced where non-null, stamped {@code now}. */
    public User update(Username newUsername, Email newEmail, PasswordHash newPasswordHash, Instant now) {
        return new User(id,
                newUsername != null ? newUsername : username,
                newEmail != null ? newEmail : email,
                newPasswordHash != null ? newPasswordHash : passwordHash,
                createdAt, now);
    }

    public UserId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public Email email() {
        return email;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
