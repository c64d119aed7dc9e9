package io.cosmicsync.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cosmicsync recommend}: the user-user recommendations batch job and its offline evaluation. */
@Command(name = "recommend", description = "Rebuild or evaluate the user-user recommendations.",
        subcommands = {RecommendRebuildCommand.class, RecommendEvaluateCommand.class})
public final class RecommendCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
