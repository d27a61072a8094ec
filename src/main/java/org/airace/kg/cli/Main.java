package org.airace.kg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code airace} command: subcommands wire the pipeline stages; they hold no logic of their own. */
@Command(name = "airace", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a knowledge graph of the AI race from Chinese-language news and serves it with SPARQL.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, UpCommand.class, QueryCommand.class,
                EvalCommand.class, ExportCommand.class, LinkCommand.class, SummarizeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (used by tests to drive the real CLI in process). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("airace " + commandLine.getCommandName() + ": " + describe(ex));
            if (Boolean.getBoolean("airace.debug")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 2;
        });
        return cl.execute(args);
    }

    private static String describe(Throwable ex) {
        String msg = ex.getMessage();
        return msg == null || msg.isBlank() ? ex.getClass().getSimpleName() : msg;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
