package io.cosmicsync.adapter.web.graphql;

import static io.cosmicsync.adapter.web.graphql.Arguments.field;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.cosmicsync.adapter.web.graphql.GraphqlViews.ProfileView;
import io.cosmicsync.adapter.web.graphql.GraphqlViews.UserView;
import io.cosmicsync.application.user.port.in.GetProfileUseCase;
import io.cosmicsync.application.user.port.in.GetUserUseCase;
import io.cosmicsync.application.user.port.in.RegisterUserCommand;
import io.cosmicsync.application.user.port.in.RegisterUserUseCase;
import io.cosmicsync.application.user.port.in.UpdateProfileCommand;
import io.cosmicsync.application.user.port.in.UpdateProfileUseCase;
import io.cosmicsync.application.user.port.in.UpdateUserCommand;
import io.cosmicsync.application.user.port.in.UpdateUserUseCase;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Users and profiles: {@code me}, {@code user}, {@code profile}, {@code registerUser}, {@code updateUser},
 * {@code updateProfile}, and the batched {@code User.profile} and {@code Profile.user}. Same use cases and
 * rules as {@code /api/v1/users} and {@code /api/v1/profiles}: any signed-in user reads users and
 * profiles, only the user changes their own.
 */
@Singleton
public class UserFetchers {

    private final RegisterUserUseCase registerUser;
    private final GetUserUseCase getUser;
    private final UpdateUserUseCase updateUser;
    private final GetProfileUseCase getProfile;
    private final UpdateProfileUseCase updateProfile;

    /** Creates the fetchers over the user and profile use cases. */
    public UserFetchers(RegisterUserUseCase registerUser, GetUserUseCase getUser, UpdateUserUseCase updateUser,
                        GetProfileUseCase getProfile, UpdateProfileUseCase updateProfile) {
        this.registerUser = registerUser;
        this.getUser = getUser;
        this.updateUser = updateUser;
        this.getProfile = getProfile;
        this.updateProfile = updateProfile;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("me", env -> user(env, GraphqlCaller.require(env)))
                .dataFetcher("user", env -> {
                    GraphqlCaller.require(env);
                    return user(env, Arguments.userId(env, "id"));
                })
                .dataFetcher("profile", env -> {
                    GraphqlCaller.require(env);
                    return ProfileView.from(GraphqlRefusal.valueOf(getProfile.getProfile(Arguments.userId(env, "userId"))));
                }));
        wiring.type("Mutation", type -> type
                .dataFetcher("registerUser", this::registerUser)
                .dataFetcher("updateUser", this::updateUser)
                .dataFetcher("updateProfile", this::updateProfile));
        wiring.type("User", type -> type.dataFetcher("profile", UserFetchers::profileOfUser));
        wiring.type("Profile", type -> type.dataFetcher("user", UserFetchers::userOfProfile));
    }

    private UserView user(DataFetchingEnvironment env, UserId id) {
        return UserView.from(GraphqlRefusal.valueOf(getUser.getUser(id)), GraphqlCaller.require(env));
    }

    private UserView registerUser(DataFetchingEnvironment env) {
        Map<String, Object> input = Arguments.input(env);
        String password = field(input, "password");
        User user = GraphqlRefusal.valueOf(registerUser.registerUser(new RegisterUserCommand(
                field(input, "username"), field(input, "email"), password.toCharArray())));
        return UserView.from(user, user.id());
    }

    private UserView updateUser(DataFetchingEnvironment env) {
        UserId caller = GraphqlCaller.require(env);
        Map<String, Object> input = Arguments.input(env);
        String password = field(input, "password");
        User user = GraphqlRefusal.valueOf(updateUser.updateUser(new UpdateUserCommand(caller,
                Arguments.userId(env, "id"), field(input, "username"), field(input, "email"),
                password == null ? null : password.toCharArray())));
        return UserView.from(user, caller);
    }

    private ProfileView updateProfile(DataFetchingEnvironment env) {
        UserId caller = GraphqlCaller.require(env);
        Map<String, Object> input = Arguments.input(env);
        Profile profile = GraphqlRefusal.valueOf(updateProfile.updateProfile(new UpdateProfileCommand(caller,
                Arguments.userId(env, "userId"), field(input, "name"), field(input, "bio"), field(input, "skills"),
                field(input, "interests"))));
        return ProfileView.from(profile);
    }

    private static CompletableFuture<ProfileView> profileOfUser(DataFetchingEnvironment env) {
        UserView user = env.getSource();
        return env.<UserId, Profile>getDataLoader(BatchLoaders.PROFILES).load(UserId.parse(user.id()))
                .thenApply(profile -> profile == null ? null : ProfileView.from(profile));
    }

    private static CompletableFuture<UserView> userOfProfile(DataFetchingEnvironment env) {
        ProfileView profile = env.getSource();
        return loadUser(env, UserId.parse(profile.userId()));
    }

    /** The user {@code id} through the operation's batched user loader; null when there is none. */
    static CompletableFuture<UserView> loadUser(DataFetchingEnvironment env, UserId id) {
        UserId caller = GraphqlCaller.require(env);
        return env.<UserId, User>getDataLoader(BatchLoaders.USERS).load(id)
                .thenApply(user -> user == null ? null : UserView.from(user, caller));
    }
}
