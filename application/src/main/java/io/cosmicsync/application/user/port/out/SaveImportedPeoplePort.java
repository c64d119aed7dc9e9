package io.cosmicsync.application.user.port.out;

import io.cosmicsync.application.user.ImportCounts;
import io.cosmicsync.application.user.ImportedAccount;
import java.util.List;

/**
 * Writes imported accounts in bulk (batched statements, no per-row round trip). An account whose id,
 * username (ignoring case) or e-mail is taken is skipped, user and profile both, without failing the batch.
 */
public interface SaveImportedPeoplePort {

    /** Inserts what is new; returns how many were created and how many skipped. */
    ImportCounts insertImportedAccounts(List<ImportedAccount> accounts);
}
