package io.cosmicsync.application.user.port.in;

import java.util.List;

/**
 * One batch of people to import, written in one transaction.
 *
 * @param people at most {@link #MAX_BATCH} people
 */
public record ImportPeopleCommand(List<ImportedPerson> people) {

    /** The largest batch: bounds the transaction and the memory of one call. */
    public static final int MAX_BATCH = 5_000;

    public ImportPeopleCommand {
        people = List.copyOf(people);
        if (people.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_BATCH + " people, was " + people.size());
        }
    }
}
