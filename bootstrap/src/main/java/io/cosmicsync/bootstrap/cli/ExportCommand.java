package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.adapter.web.rest.transfer.ProjectArchiveJson;
import io.cosmicsync.adapter.web.rest.transfer.ProjectCsv;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.transfer.ProjectArchive;
import io.cosmicsync.application.transfer.port.in.ExportProjectQuery;
import io.cosmicsync.application.transfer.port.in.ExportProjectUseCase;
import io.cosmicsync.bootstrap.OfflineNode;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cosmicsync export PROJECT_ID --as USERNAME [--format csv --collection NAME] [--out FILE]}: a project
 * of a stopped node's data directory as a JSON archive (or one collection as CSV), exactly as
 * {@code GET /api/v1/projects/{id}/export} gives it; USERNAME must be a member. Exit status 0, 3 for a
 * caller's mistake (unknown user or project, bad option), 1 for anything else.
 */
@Command(name = "export", description = "Export a project as JSON (or one collection as CSV) from a stopped node's data directory.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "PROJECT_ID", description = "the project to export")
    String projectId;

    @Option(names = "--as", required = true, paramLabel = "USERNAME", description = "a member of the project")
    String username;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or csv")
    String format;

    @Option(names = "--collection", paramLabel = "NAME", description = "the collection to export as CSV")
    String collection;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("csv") || format.equals("csv") && collection == null) {
            System.err.println("cosmicsync: --format must be json or csv, and csv needs --collection NAME");
            return TransferCaller.USAGE_ERROR;
        }
        try (OfflineNode node = OfflineNode.open(dataDir.path(), System.getenv())) {
            Outcome<ProjectArchive> outcome = node.bean(ExportProjectUseCase.class)
                    .exportProject(new ExportProjectQuery(TransferCaller.resolve(node, username), ProjectId.parse(projectId)));
            if (!(outcome instanceof Outcome.Success<ProjectArchive> success)) {
                System.err.println("cosmicsync: no project " + projectId + " that " + username + " is a member of");
                return TransferCaller.USAGE_ERROR;
            }
            String text = format.equals("json") ? node.bean(ProjectArchiveJson.class).write(success.value())
                    : node.bean(ProjectCsv.class).write(success.value().documents().stream().filter(d -> d.collection().equals(collection)).toList());
            if (out == null) {
                System.out.print(text);
                System.out.flush();
            } else {
                Files.writeString(out, text, StandardCharsets.UTF_8);
                System.err.printf("exported %s to %s%n", projectId, out);
            }
            return 0;
        } catch (IllegalArgumentException | InvalidValueException e) {
            System.err.println("cosmicsync: export failed: " + Failures.message(e));
            return TransferCaller.USAGE_ERROR;
        } catch (IOException | RuntimeException e) {
            System.err.println("cosmicsync: export failed: " + Failures.message(e));
            return 1;
        }
    }
}
