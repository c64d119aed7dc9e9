package io.cosmicsync.application.user.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.user.Password;
import io.cosmicsync.application.user.port.in.RegisterUserCommand;
import io.cosmicsync.application.user.port.in.RegisterUserUseCase;
import io.cosmicsync.application.user.port.out.SaveProfilePort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.user.Email;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.Username;
import io.cosmicsync.domain.user.port.HashPasswordPort;
import java.time.Clock;
import java.time.Instant;

/** Registers a user and their empty profile in one transaction; the password is hashed first. */
public final class RegisterUserService implements RegisterUserUseCase {

    private final SaveUserPort saveUser;
    private final SaveProfilePort saveProfile;
    private final HashPasswordPort hashPassword;
    private final TransactionPort transactions;
    private final Clock clock;

    public RegisterUserService(SaveUserPort saveUser, SaveProfilePort saveProfile, HashPasswordPort hashPassword,
                               TransactionPort transactions, Clock clock) {
        this.saveUser = saveUser;
        this.saveProfile = saveProfile;
        this.hashPassword = hashPassword;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<User> registerUser(RegisterUserCommand command) {
        Username username = new Username(command.username());
        Email email = new Email(command.email());
        PasswordHash hash = hashPassword.hash(Password.check(command.password()));
        Instant now = clock.instant();
        User user = User.create(username, email, hash, now);
        return transactions.inTransaction(() -> switch (saveUser.insertUser(user)) {
            case USERNAME_TAKEN -> Outcome.conflict("username", "username '" + username + "' is taken");
            case EMAIL_TAKEN -> Outcome.conflict("email", "an account with this e-mail already exists");
            case SAVED -> {
                saveProfile.saveProfile(Profile.empty(user.id(), now));
                yield Outcome.success(user);
            }
        });
    }
}
