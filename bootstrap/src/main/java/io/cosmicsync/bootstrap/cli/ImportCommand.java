package io.cosmicsync.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cosmicsync import}: bulk imports into a stopped node's data directory (people, project archives). */
@Command(name = "import", description = "Import people or a project into the node's database (the node must be stopped).",
        subcommands = {ImportSurveyCommand.class, ImportArchiveCommand.class})
public final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
