package io.cosmicsync.bootstrap.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by every command that addresses a node. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:COSMICSYNC_DATA_DIR:-./data}",
            description = "The node's data directory (env COSMICSYNC_DATA_DIR; default: ${DEFAULT-VALUE}).")
    Path dataDir;

    public Path path() {
        return dataDir.toAbsolutePath().normalize();
    }
}
