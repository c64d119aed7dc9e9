package io.cosmicsync.application.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions live.
 *
 * @param refreshLifetime how long a refresh token renews its session (each refresh restarts it)
 */
public record SessionSettings(Duration refreshLifetime) {

    public SessionSettings {
        Objects.requireNonNull(refreshLifetime, "refreshLifetime");
        if (refreshLifetime.isNegative() || refreshLifetime.isZero()) {
            throw new IllegalArgumentException("refreshLifetime must be positive");
        }
    }
}
