package io.cosmicsync.application.user.service;

import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.user.ImportCounts;
import io.cosmicsync.application.user.ImportedAccount;
import io.cosmicsync.application.user.port.in.ImportPeopleCommand;
import io.cosmicsync.application.user.port.in.ImportPeopleUseCase;
import io.cosmicsync.application.user.port.in.ImportedPerson;
import io.cosmicsync.application.user.port.out.SaveImportedPeoplePort;
import io.cosmicsync.domain.user.Email;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds accounts from imported people and stores a batch in one transaction. No password is hashed:
 * imported accounts carry {@link PasswordHash#UNUSABLE}. The user id is a name-based UUID (RFC 4122
 * version 3) of the lower-cased username, so the same person gets the same id on every import and node.
 */
public final class ImportPeopleService implements ImportPeopleUseCase {

    private final SaveImportedPeoplePort savePeople;
    private final TransactionPort transactions;
    private final Clock clock;

    public ImportPeopleService(SaveImportedPeoplePort savePeople, TransactionPort transactions, Clock clock) {
        this.savePeople = savePeople;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ImportCounts importPeople(ImportPeopleCommand command) {
        Instant now = clock.instant();
        List<ImportedAccount> accounts = command.people().stream().map(person -> account(person, now)).toList();
        if (accounts.isEmpty()) {
            return new ImportCounts(0, 0);
        }
        return transactions.inTransaction(() -> savePeople.insertImportedAccounts(accounts));
    }

    /** The id an imported person with {@code username} gets. */
    public static UserId importedUserId(Username username) {
        String key = "cosmicsync-import:" + username.value().toLowerCase(Locale.ROOT);
        return new UserId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static ImportedAccount account(ImportedPerson person, Instant now) {
        Username username = new Username(person.username());
        UserId id = importedUserId(username);
        User user = User.reconstitute(id, username, new Email(person.email()), PasswordHash.UNUSABLE, now, now);
        Profile profile = new Profile(id, person.name(), person.bio(), person.skills(), person.interests(), now);
        return new ImportedAccount(user, profile);
    }
}
