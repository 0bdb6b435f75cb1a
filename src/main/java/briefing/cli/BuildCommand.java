package briefing.cli;

import briefing.Pipeline;
import briefing.config.Settings;
import briefing.publish.PublishException;
import briefing.publish.Publisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code briefing build}: content in, site out, atomically. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the briefing site from content/ into site/.",
      "The new site is built beside the old one and swapped in; a failed build leaves the old",
      "site as it was. briefing refuses an output folder holding files it did not write.",
      "",
      "Example:",
      "  briefing build",
      "  briefing build --content stories/harbour --out public"
    })
final class BuildCommand implements Callable<Integer> {
  @Mixin ContentOptions options;

  @Option(names = "--force",
      description = "Replace an output folder that holds files briefing did not write; the old folder is moved aside, never deleted.")
  boolean force;

  @Mixin OutputOptions output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    output.check(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(output.verbose, err, () -> {
      Settings settings = options.settings(force);
      Progress progress = Progress.of(err, output, Progress.onTerminal());
      Pipeline.Outcome outcome = Pipeline.run(settings, progress);
      progress.done();
      Reporter.report(outcome.diagnostics(), err, output.quiet);
      if (outcome.site().isEmpty()) {
        err.println("build failed (" + Reporter.count(outcome.diagnostics()) + "); "
            + Terminal.escape(Settings.shown(settings.out())) + " was not changed");
        return ExitCodes.ERRORS;
      }
      Path aside;
      try {
        progress.accept("writing " + Terminal.escape(Settings.shown(settings.out())) + "/");
        aside = Publisher.publish(outcome.site().get(), settings.out(), settings.force(),
            List.of(settings.content(), settings.templates()), Path.of(""));
      } catch (PublishException e) {
        progress.done();
        err.println(Terminal.escape(Settings.shown(settings.out()) + ": error: " + e.getMessage()));
        if (!e.hint().isEmpty()) {
          err.println("  hint: " + Terminal.escape(e.hint()));
        }
        return ExitCodes.ERRORS;
      }
      progress.done();
      if (aside != null) {
        err.println(Terminal.escape("moved the previous contents of " + Settings.shown(settings.out()) + " to " + aside));
      }
      if (!output.quiet) {
        out.println("built " + Terminal.escape(Settings.shown(settings.out())) + "/ from " + outcome.articles()
            + " articles (" + Reporter.count(outcome.diagnostics()) + ")");
        out.println(Reporter.analysis(outcome));
        out.flush();
      }
      return ExitCodes.OK;
    });
  }
}
