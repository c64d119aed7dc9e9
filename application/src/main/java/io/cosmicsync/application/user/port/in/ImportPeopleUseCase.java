package io.cosmicsync.application.user.port.in;

import io.cosmicsync.application.user.ImportCounts;

/**
 * Creates users with profiles in bulk, without passwords (they cannot log in until one is set).
 * Idempotent: a person whose username or e-mail is already taken is left untouched and counted as
 * skipped, so importing the same data twice creates nobody twice.
 */
public interface ImportPeopleUseCase {

    /**
     * @throws io.cosmicsync.domain.common.InvalidValueException naming the field when a person breaks a
     *         domain rule (nothing of the batch is written)
     */
    ImportCounts importPeople(ImportPeopleCommand command);
}
