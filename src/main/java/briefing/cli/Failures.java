package briefing.cli;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/** Turns an internal failure into one line and exit code 1; the stack trace only with --verbose. */
final class Failures {
  private Failures() {}

  static int guard(boolean verbose, PrintWriter err, IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.println("error: internal failure: " + Terminal.escape(String.valueOf(e)));
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("  hint: run again with --verbose for the stack trace, and report it");
      }
      err.flush();
      return ExitCodes.ERRORS;
    }
  }
}
