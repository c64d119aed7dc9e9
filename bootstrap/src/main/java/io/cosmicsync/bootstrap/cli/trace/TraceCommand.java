package io.cosmicsync.bootstrap.cli.trace;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cosmicsync trace}: tools for editing traces; see {@link TraceReplayCommand}. */
@Command(name = "trace",
        description = "Work with editing traces (josephg/editing-traces format) without starting a node.",
        subcommands = {TraceReplayCommand.class})
public final class TraceCommand implements Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
