package io.cosmicsync.application.auth.service;

import io.cosmicsync.application.auth.IssuedSession;
import io.cosmicsync.application.auth.SessionSettings;
import io.cosmicsync.application.auth.port.in.LoginCommand;
import io.cosmicsync.application.auth.port.in.LoginUseCase;
import io.cosmicsync.application.auth.port.out.SaveSessionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.domain.auth.RefreshToken;
import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.Username;
import io.cosmicsync.domain.user.port.HashPasswordPort;
import java.time.Clock;
import java.util.Optional;

/** Verifies a password against the stored hash and starts a session. */
public final class LoginService implements LoginUseCase {

    private static final String REFUSAL = "unknown username or wrong password";

    private final LoadUserPort loadUser;
    private final SaveSessionPort saveSession;
    private final HashPasswordPort hashPassword;
    private final SessionSettings settings;
    private final Clock clock;
    private volatile PasswordHash decoy;

    public LoginService(LoadUserPort loadUser, SaveSessionPort saveSession, HashPasswordPort hashPassword,
                        SessionSettings settings, Clock clock) {
        this.loadUser = loadUser;
        this.saveSession = saveSession;
        this.hashPassword = hashPassword;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Outcome<IssuedSession> login(LoginCommand command) {
        Optional<User> user = findUser(command.username());
        if (user.isEmpty()) {
            hashPassword.verify(command.password(), decoy()); // same cost as a real check: no user enumeration by timing
            return Outcome.unauthenticated(REFUSAL);
        }
        if (!hashPassword.verify(command.password(), user.get().passwordHash())) {
            return Outcome.unauthenticated(REFUSAL);
        }
        RefreshToken refreshToken = RefreshToken.generate();
        Session session = Session.start(user.get().id(), refreshToken, clock.instant(), settings.refreshLifetime());
        saveSession.insertSession(session);
        return Outcome.success(new IssuedSession(session, refreshToken));
    }

    private Optional<User> findUser(String username) {
        try {
            return loadUser.loadUserByUsername(new Username(username));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private PasswordHash decoy() {
        PasswordHash hash = decoy;
        if (hash == null) {
            hash = hashPassword.hash("decoy-password-never-matches".toCharArray());
            decoy = hash;
        }
        return hash;
    }
}
