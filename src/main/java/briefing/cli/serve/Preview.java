package briefing.cli.serve;

import briefing.Pipeline;
import briefing.analyze.nlp.Nlp;
import briefing.config.Settings;
import briefing.model.Diagnostic;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * {@code briefing serve}'s work: builds the site in memory as {@code build} would, serves it,
 * and builds again whenever the content or the templates change. The language models stay
 * loaded and the analysis cache is kept, so a rebuild analyses only the articles that changed.
 */
public final class Preview implements AutoCloseable {
  /** How long the files must be still before a rebuild starts. */
  static final Duration SETTLE = Duration.ofMillis(50);
  /** How many tokens of annotated blocks the preview keeps in memory. */
  static final int KEPT_TOKENS = 100_000;

  /** Told of each build, for the terminal. */
  public interface Listener {
    /** A build finished: its outcome, and how long it took. */
    void built(Pipeline.Outcome outcome, Duration took);

    /** A build is about to start a stage ("analysing 3 articles"). */
    default void stage(String stage) {}

    /** A build failed inside briefing itself. */
    void crashed(RuntimeException failure);
  }

  private final Settings settings;
  private final Listener listener;
  private final PreviewServer server;
  private final Watcher watcher;
  private long version;
  private Snapshot last;

  private Preview(Settings settings, int port, Listener listener) throws IOException {
    this.settings = settings;
    this.listener = listener;
    this.last = new Snapshot(0, null, List.of());
    // An edit changes a block or two of an article: the others' annotations are kept in memory
    // (about 100,000 tokens, some 100 articles), so only the changed blocks are annotated again.
    Nlp.keepParts(KEPT_TOKENS);
    // The port first: a taken port is said at once, not after a build.
    this.server = new PreviewServer(port, last);
    try {
      server.show(build());
      this.watcher = new Watcher(List.of(settings.content(), settings.templates()), SETTLE, this::rebuild);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /**
   * Builds the site once, then serves it on 127.0.0.1 at {@code port} (0: any free port) and
   * watches for changes.
   *
   * @throws IOException where the port is taken or the folders cannot be watched
   */
  public static Preview start(Settings settings, int port, Listener listener) throws IOException {
    return new Preview(settings, port, listener);
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  private void rebuild() {
    server.show(build());
  }

  /** Builds the site; a failed build keeps the last site for assets and shows its errors. */
  private synchronized Snapshot build() {
    long start = System.nanoTime();
    version++;
    try {
      Pipeline.Outcome outcome = Pipeline.run(settings, listener::stage);
      listener.built(outcome, Duration.ofNanos(System.nanoTime() - start));
      last = outcome.site().isPresent()
          ? new Snapshot(version, outcome.site().get(), List.of())
          : new Snapshot(version, last.site(), outcome.diagnostics().stream().filter(Diagnostic::isError).toList());
    } catch (RuntimeException e) {
      listener.crashed(e);
      last = new Snapshot(version, last.site(), List.of(Diagnostic.error("", 0,
          "internal failure: " + e, "run `briefing check --verbose` and report the problem")));
    }
    return last;
  }

  /** Stops serving and watching. */
  @Override
  public void close() {
    watcher.close();
    server.close();
  }
}
