package io.cosmicsync.bootstrap;

import io.cosmicsync.bootstrap.cli.CosmicSyncCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** The entry point: {@code java -jar cosmicsync.jar <command>}; see {@link CosmicSyncCommand}. */
public final class CosmicSync {

    private CosmicSync() {
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(new CommandLine(new CosmicSyncCommand()).execute(args));
    }

    /** Routes java.util.logging (Liquibase) through SLF4J and keeps Liquibase's console chatter in the log. */
    private static void quietLibraries() {
        System.setProperty("liquibase.command.showSummaryOutput", "LOG");
        System.setProperty("liquibase.command.showSummary", "OFF");
        System.setProperty("liquibase.uiService", "LOGGER");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
