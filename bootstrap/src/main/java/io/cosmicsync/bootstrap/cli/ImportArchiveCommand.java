package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.adapter.web.rest.transfer.ProjectArchiveJson;
import io.cosmicsync.application.transfer.port.in.ImportProjectCommand;
import io.cosmicsync.application.transfer.port.in.ImportProjectUseCase;
import io.cosmicsync.bootstrap.OfflineNode;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cosmicsync import project FILE.json --as USERNAME}: an export archive into a stopped node's data
 * directory as a new project owned by USERNAME, like {@code POST /api/v1/projects/import}. Prints the new
 * project's id. Exit status 0; 3 when the file is not a valid archive or the user is unknown (nothing is
 * left behind); 1 for anything else.
 */
@Command(name = "project", description = "Import a project export archive (JSON) as a new project.")
public final class ImportArchiveCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "FILE.json", description = "an archive from `cosmicsync export` or the export API")
    Path file;

    @Option(names = "--as", required = true, paramLabel = "USERNAME", description = "the user who will own the new project")
    String username;

    @Override
    public Integer call() {
        byte[] text;
        try {
            text = Files.readAllBytes(file);
        } catch (IOException e) {
            System.err.println("cosmicsync: cannot read " + file + ": " + e.getMessage());
            return TransferCaller.USAGE_ERROR;
        }
        try (OfflineNode node = OfflineNode.open(dataDir.path(), System.getenv())) {
            ImportProjectCommand command = node.bean(ProjectArchiveJson.class).read(text, TransferCaller.resolve(node, username));
            Project project = node.bean(ImportProjectUseCase.class).importProject(command);
            System.out.printf("imported project %s (%s): %d collections, %d documents%n", project.id(), project.name(),
                    command.collections().size(), command.documents().size());
            return 0;
        } catch (InvalidValueException e) {
            System.err.println("cosmicsync: import failed: " + e.field() + " " + e.reason());
            return TransferCaller.USAGE_ERROR;
        } catch (IllegalArgumentException e) {
            System.err.println("cosmicsync: import failed: " + Failures.message(e));
            return TransferCaller.USAGE_ERROR;
        } catch (RuntimeException e) {
            System.err.println("cosmicsync: import failed: " + Failures.message(e));
            return 1;
        }
    }
}
