package briefing.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Says what a long command is doing. On a terminal, one line rewritten in place and cleared at
 * the end; with --verbose, a plain line per stage with the time since the start (what a log or
 * a pipe can keep); with --quiet, or otherwise when the output is not a terminal, nothing.
 */
final class Progress implements Consumer<String> {
  /** Clears the terminal line the cursor is on. */
  private static final String CLEAR = "\r\u001b[K";

  private final PrintWriter err;
  private final boolean lines;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private boolean showing;

  private Progress(PrintWriter err, boolean lines, boolean terminal) {
    this.err = err;
    this.lines = lines;
    this.terminal = terminal;
  }

  /** Progress for {@code options}; {@code terminal} where a person watches the output. */
  static Progress of(PrintWriter err, OutputOptions options, boolean terminal) {
    return new Progress(err, options.verbose, terminal && !options.quiet && !options.verbose);
  }

  /** Whether a person watches: System.console() is there only when in and out are a terminal. */
  static boolean onTerminal() {
    return System.console() != null;
  }

  @Override
  public synchronized void accept(String stage) {
    if (lines) {
      err.printf("[%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, stage);
    } else if (terminal) {
      err.print(CLEAR + stage + " ...");
      showing = true;
    } else {
      return;
    }
    err.flush();
  }

  /** Clears the progress line, so the report that follows starts on a clean line. */
  synchronized void done() {
    if (showing) {
      err.print(CLEAR);
      err.flush();
      showing = false;
    }
  }
}
