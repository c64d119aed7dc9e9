package io.cosmicsync.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.user.port.in.RegisterUserCommand;
import io.cosmicsync.application.user.port.in.RegisterUserUseCase;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.bootstrap.OfflineNode;
import io.cosmicsync.bootstrap.support.Cli;
import io.cosmicsync.bootstrap.support.TempFiles;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.user.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code cosmicsync export} and {@code cosmicsync import project} between two stopped nodes' data directories. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectTransferCommandsTest {

    private Path directory;

    @BeforeAll
    void fixture() throws IOException {
        directory = Files.createTempDirectory("cosmicsync-transfer-cli");
    }

    @AfterAll
    void cleanUp() {
        TempFiles.deleteRecursively(directory);
    }

    private static User register(OfflineNode node, String username) {
        Outcome<User> user = node.bean(RegisterUserUseCase.class)
                .registerUser(new RegisterUserCommand(username, username + "@example.org", "correct horse battery".toCharArray()));
        return ((Outcome.Success<User>) user).value();
    }

    @Test
    void a_project_exported_from_one_data_directory_imports_into_another_and_exports_the_same() throws IOException {
        Path source = directory.resolve("a");
        Path target = directory.resolve("b");
        String project;
        try (OfflineNode node = OfflineNode.open(source, Map.of())) {
            User ada = register(node, "ada");
            project = node.bean(CreateProjectUseCase.class).createProject(new CreateProjectCommand(ada.id(), "Engine", "notes")).id().toString();
            ApplyLocalMutationUseCase mutate = node.bean(ApplyLocalMutationUseCase.class);
            for (int i = 0; i < 5; i++) {
                mutate.applyLocalMutation(new ApplyLocalMutationCommand(new DocumentRef(project, "notes", "n" + i),
                        List.of(new Mutation.SetField("title", Value.of("note " + i)), new Mutation.SetField("rank", Value.of(i)))));
            }
        }
        try (OfflineNode node = OfflineNode.open(target, Map.of())) {
            register(node, "bob");
        }
        Path archive = directory.resolve("engine.json");

        Cli.Run exported = Cli.run("export", project, "--as", "ada", "--data-dir", source.toString(), "--out", archive.toString());
        Cli.Run imported = Cli.run("import", "project", archive.toString(), "--as", "bob", "--data-dir", target.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported project ").contains("(Engine): 0 collections, 5 documents");
        String copy = imported.out().substring("imported project ".length(), "imported project ".length() + 36);
        Cli.Run again = Cli.run("export", copy, "--as", "bob", "--data-dir", target.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(Files.readString(archive));

        Cli.Run csv = Cli.run("export", copy, "--as", "bob", "--format", "csv", "--collection", "notes", "--data-dir", target.toString());
        assertThat(csv.out()).startsWith("_id,rank,title\r\nn0,0,note 0\r\n");
    }

    @Test
    void a_file_that_is_not_an_archive_or_an_unknown_user_exits_3_with_one_line() throws IOException {
        Path data = directory.resolve("c");
        try (OfflineNode node = OfflineNode.open(data, Map.of())) {
            register(node, "cyd");
        }
        Path bogus = Files.writeString(directory.resolve("bogus.json"), "{\"format\":\"cosmicsync-project\",\"version\":1,\"project\":{}}");

        Cli.Run bad = Cli.run("import", "project", bogus.toString(), "--as", "cyd", "--data-dir", data.toString());
        Cli.Run nobody = Cli.run("import", "project", bogus.toString(), "--as", "nobody", "--data-dir", data.toString());
        Cli.Run missing = Cli.run("import", "project", directory.resolve("missing.json").toString(), "--as", "cyd", "--data-dir", data.toString());

        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err().strip()).isEqualTo("cosmicsync: import failed: project.name is missing");
        assertThat(nobody.exitCode()).isEqualTo(3);
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(bad.err() + nobody.err()).doesNotContain("Exception");
    }
}
