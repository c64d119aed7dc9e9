package io.cosmicsync.application.user.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.user.port.in.UpdateProfileCommand;
import io.cosmicsync.application.user.port.in.UpdateProfileUseCase;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.application.user.port.out.SaveProfilePort;
import io.cosmicsync.domain.user.Profile;
import java.time.Clock;

/** Changes a user's own profile; fields left null keep their value. */
public final class UpdateProfileService implements UpdateProfileUseCase {

    private final LoadProfilePort loadProfile;
    private final SaveProfilePort saveProfile;
    private final TransactionPort transactions;
    private final Clock clock;

    public UpdateProfileService(LoadProfilePort loadProfile, SaveProfilePort saveProfile,
                                TransactionPort transactions, Clock clock) {
        this.loadProfile = loadProfile;
        this.saveProfile = saveProfile;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<Profile> updateProfile(UpdateProfileCommand c) {
        if (!c.actor().equals(c.userId())) {
            return Outcome.forbidden("you may change only your own profile");
        }
        return transactions.inTransaction(() -> loadProfile.loadProfile(c.userId())
                .map(old -> {
                    Profile updated = new Profile(c.userId(),
                            c.name() != null ? c.name() : old.name(),
                            c.bio() != null ? c.bio() : old.bio(),
                            c.skills() != null ? c.skills() : old.skills(),
                            c.interests() != null ? c.interests() : old.interests(),
                            clock.instant());
                    saveProfile.saveProfile(updated);
                    return Outcome.success(updated);
                })
                .orElseGet(() -> Outcome.notFound("profile of user " + c.userId())));
    }
}
