package io.cosmicsync.bootstrap;

import io.cosmicsync.bootstrap.cli.CosmicSyncCommand;
import picocli.CommandLine;

/** The entry point: {@code java -jar cosmicsync.jar <command>}; see {@link CosmicSyncCommand}. */
public final class CosmicSync {

    private CosmicSync() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CosmicSyncCommand()).execute(args));
    }
}
