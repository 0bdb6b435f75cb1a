package briefing.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine;

/** How much a long-running command says: --quiet for errors only, --verbose for more. */
final class OutputOptions {
  @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"},
      description = "Print each stage as it runs, and the stack trace of an internal failure.")
  boolean verbose;

  /** Refuses --quiet and --verbose together, as bad usage. */
  void check(CommandLine command) {
    if (quiet && verbose) {
      throw new CommandLine.ParameterException(command, "--quiet and --verbose contradict each other; give one");
    }
  }
}
