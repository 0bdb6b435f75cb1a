package briefing;

import briefing.cli.BriefingCommand;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point: runs a command and exits with its code. The only caller of System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs briefing with the given arguments and streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new BriefingCommand());
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }
}
