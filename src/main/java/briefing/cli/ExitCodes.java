package briefing.cli;

/** What briefing's exit code means. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** The input has errors (or the build failed); the messages say which file and line. */
  public static final int ERRORS = 1;
  /** The command line itself was wrong. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
