package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.bootstrap.cli.trace.TraceCommand;
import io.cosmicsync.bootstrap.wiring.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cosmicsync} command line: {@code start}, {@code status}, {@code stop}, {@code peers}, {@code trace},
 * {@code import}, {@code recommend}, {@code admin}.
 */
@Command(name = "cosmicsync", mixinStandardHelpOptions = true, versionProvider = CosmicSyncCommand.Version.class,
        description = "A CosmicSyncCore node: your app's data in PostgreSQL, served over HTTP, synced peer-to-peer.",
        subcommands = {StartCommand.class, StatusCommand.class, StopCommand.class, PeersCommand.class, TraceCommand.class,
                ImportCommand.class, ExportCommand.class, RecommendCommand.class, AdminCommand.class, CommandLine.HelpCommand.class})
public final class CosmicSyncCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Prints the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cosmicsync " + Versions.current()};
        }
    }
}
