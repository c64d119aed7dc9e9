package io.cosmicsync.application.user;

/**
 * What a bulk import did.
 *
 * @param created people who became new users with a profile
 * @param skipped people left out because their username or e-mail was already taken (e.g. imported before)
 */
public record ImportCounts(int created, int skipped) {

    /** The sum of two batches' counts. */
    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(created + other.created, skipped + other.skipped);
    }
}
