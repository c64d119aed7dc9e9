package io.cosmicsync.application.user;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakePasswordHasher;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.user.port.in.RegisterUserCommand;
import io.cosmicsync.application.user.service.RegisterUserService;
import io.cosmicsync.domain.user.User;

/** Registers users through the real service so other tests start from a realistic store. */
public final class UserFixtures {

    private UserFixtures() {
    }

    public static User register(InMemoryStore store, MutableClock clock, String username, String password) {
        RegisterUserService service = new RegisterUserService(store, store, new FakePasswordHasher(),
                new FakeTransactions(store), clock);
        Outcome<User> outcome = service.registerUser(
                new RegisterUserCommand(username, username + "@example.org", password.toCharArray()));
        return ((Outcome.Success<User>) outcome).value();
    }
}
