package briefing.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The top-level {@code briefing} command, which only dispatches to its subcommands. */
@Command(
    name = "briefing",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Builds one cross-referenced briefing site out of many news articles about one story.",
      "",
      "Put the articles (.txt, .md, .html) in content/articles/, then run:",
      "  briefing build",
      "and open site/index.html. To start a story of your own:",
      "  briefing new DIR; cd DIR; briefing add FILE|URL...; briefing serve"
    },
    subcommands = {NewCommand.class, AddCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class,
        AnalyzeCommand.class, CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.ERRORS,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:the build found errors", "2:bad usage"})
public final class BriefingCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run");
  }
}
