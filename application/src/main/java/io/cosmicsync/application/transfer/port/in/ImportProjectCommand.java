package io.cosmicsync.application.transfer.port.in;

import io.cosmicsync.application.transfer.ArchivedCollection;
import io.cosmicsync.application.transfer.ImportedDocument;
import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * Import a project for {@code actor}, who becomes its owner.
 *
 * @param actor       the importing user
 * @param name        the new project's name
 * @param description its description
 * @param collections collection definitions, each with its versions oldest first
 * @param documents   the documents to write
 */
public record ImportProjectCommand(UserId actor, String name, String description, List<ArchivedCollection> collections,
                                   List<ImportedDocument> documents) {

    public ImportProjectCommand {
        Objects.requireNonNull(actor, "actor");
        collections = List.copyOf(collections);
        documents = List.copyOf(documents);
    }
}
