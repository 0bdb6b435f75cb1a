package briefing.cli;

import briefing.Pipeline;
import briefing.cli.serve.Preview;
import briefing.config.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code briefing serve}: the briefing previewed in a browser, rebuilt on every change. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Previews the briefing in a browser, rebuilt on every change.",
      "Serves it at http://127.0.0.1:PORT/ and rebuilds it whenever a file in the",
      "content or templates folder changes; open pages reload by themselves. A build",
      "error is shown in the browser with its file and line until it is fixed.",
      "Writes no site (only the analysis cache); Ctrl-C stops it.",
      "",
      "Example:",
      "  briefing serve",
      "  briefing serve --content stories/harbour --port 8080"
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--content", paramLabel = "DIR", description = "The content folder (default: ${DEFAULT-VALUE}).")
  Path content = Settings.DEFAULT_CONTENT;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "The project's templates, overriding the bundled theme file by file (default: ${DEFAULT-VALUE}).")
  Path templates = Settings.DEFAULT_TEMPLATES;

  @Option(names = "--port", paramLabel = "N", description = "The port to serve on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8000;

  @Mixin OutputOptions output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    output.check(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(output.verbose, err, () -> {
      if (!Files.isDirectory(content)) {
        err.println(Settings.shown(content) + ": error: content folder not found");
        err.println("  hint: run briefing serve in the story's folder (briefing new DIR makes one), or give --content DIR");
        err.flush();
        return ExitCodes.ERRORS;
      }
      if (!output.quiet) {
        out.println("building " + Settings.shown(content) + "/ ...");
        out.flush();
      }
      Preview preview;
      try {
        preview = Preview.start(new Settings(content, Settings.DEFAULT_OUT, templates, false), port,
            new Listener(out, err));
      } catch (BindException e) {
        err.println("error: port " + port + " is in use (" + e.getMessage() + ")");
        err.println("  hint: stop what uses it, or choose another: --port " + (port + 1));
        err.flush();
        return ExitCodes.ERRORS;
      } catch (IOException e) {
        err.println("error: cannot serve the preview: " + e.getMessage());
        err.flush();
        return ExitCodes.ERRORS;
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Thread onCtrlC = new Thread(() -> {
        preview.close();
        stopped.countDown();
      }, "briefing-serve-stop");
      Runtime.getRuntime().addShutdownHook(onCtrlC);
      out.println("serving http://127.0.0.1:" + preview.port() + "/  (Ctrl-C to stop)");
      out.flush();
      try {
        stopped.await();
      } catch (InterruptedException e) {
        // Stopped from within the program (as the tests do) rather than by Ctrl-C.
        Thread.currentThread().interrupt();
      } finally {
        preview.close();
        try {
          Runtime.getRuntime().removeShutdownHook(onCtrlC);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C: the hook is running.
        }
      }
      if (!output.quiet) {
        out.println("stopped");
        out.flush();
      }
      return ExitCodes.OK;
    });
  }

  /** Reports each build as build does, in one block per build. */
  private final class Listener implements Preview.Listener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Progress progress;

    Listener(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
      this.progress = Progress.of(err, output, Progress.onTerminal());
    }

    @Override
    public void stage(String stage) {
      progress.accept(stage);
    }

    @Override
    public void built(Pipeline.Outcome outcome, Duration took) {
      progress.done();
      Reporter.report(outcome.diagnostics(), err, output.quiet);
      if (outcome.site().isEmpty()) {
        err.println("build failed (" + Reporter.count(outcome.diagnostics())
            + "); the browser shows the errors until they are fixed");
        err.flush();
      } else if (!output.quiet) {
        out.println("built " + outcome.articles() + " articles in " + took.toMillis() + " ms ("
            + Reporter.count(outcome.diagnostics()) + "); " + Reporter.analysis(outcome));
        out.flush();
      }
    }

    @Override
    public void crashed(RuntimeException failure) {
      progress.done();
      err.println("error: internal failure: " + failure);
      if (output.verbose) {
        failure.printStackTrace(err);
      }
      err.flush();
    }
  }
}
