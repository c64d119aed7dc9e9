package io.cosmicsync.application.user.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.user.Password;
import io.cosmicsync.application.user.port.in.UpdateUserCommand;
import io.cosmicsync.application.user.port.in.UpdateUserUseCase;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.user.Email;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.Username;
import io.cosmicsync.domain.user.port.HashPasswordPort;
import java.time.Clock;

/** Changes a user's own account fields; nobody may change another user. */
public final class UpdateUserService implements UpdateUserUseCase {

    private final LoadUserPort loadUser;
    private final SaveUserPort saveUser;
    private final HashPasswordPort hashPassword;
    private final TransactionPort transactions;
    private final Clock clock;

    public UpdateUserService(LoadUserPort loadUser, SaveUserPort saveUser, HashPasswordPort hashPassword,
                             TransactionPort transactions, Clock clock) {
        this.loadUser = loadUser;
        this.saveUser = saveUser;
        this.hashPassword = hashPassword;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<User> updateUser(UpdateUserCommand command) {
        if (!command.actor().equals(command.target())) {
            return Outcome.forbidden("you may change only your own account");
        }
        Username username = command.username() == null ? null : new Username(command.username());
        Email email = command.email() == null ? null : new Email(command.email());
        PasswordHash hash = command.password() == null ? null : hashPassword.hash(Password.check(command.password()));
        return transactions.inTransaction(() -> loadUser.loadUser(command.target())
                .map(user -> save(user.update(username, email, hash, clock.instant())))
                .orElseGet(() -> Outcome.notFound("user " + command.target())));
    }

    private Outcome<User> save(User updated) {
        return switch (saveUser.updateUser(updated)) {
            case USERNAME_TAKEN -> Outcome.conflict("username", "username '" + updated.username() + "' is taken");
            case EMAIL_TAKEN -> Outcome.conflict("email", "an account with this e-mail already exists");
            case SAVED -> Outcome.success(updated);
        };
    }
}
