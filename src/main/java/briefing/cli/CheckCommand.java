package briefing.cli;

import briefing.Pipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/** {@code briefing check}: reads and renders everything, writes nothing, reports every problem. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reports every problem in the content and templates; writes nothing.",
      "Reads everything a build reads and renders every page in memory, then reports each",
      "problem with its file and line. Exits 1 when there are errors.",
      "",
      "Example:",
      "  briefing check",
      "  briefing check --content stories/harbour"
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin ContentOptions options;

  @Mixin OutputOptions output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    output.check(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(output.verbose, err, () -> {
      Progress progress = Progress.of(err, output, Progress.onTerminal());
      Pipeline.Outcome outcome = Pipeline.run(options.settings(false), progress);
      progress.done();
      Reporter.report(outcome.diagnostics(), err, output.quiet);
      if (!output.quiet) {
        out.println("checked " + outcome.articles() + " articles: " + Reporter.count(outcome.diagnostics()));
        out.println(Reporter.analysis(outcome));
        out.flush();
      }
      return outcome.hasErrors() ? ExitCodes.ERRORS : ExitCodes.OK;
    });
  }
}
