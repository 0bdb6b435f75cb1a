package briefing.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each file's reading on a worker thread for no longer than a limit, as analysis does: a
 * file that sends a parser into minutes of work is given up and the build goes on. The worker is
 * a daemon, so one that does not stop when interrupted cannot keep the tool running; a new one
 * takes its place.
 */
final class TimeLimit implements AutoCloseable {
  /** Deep nesting in a hostile page recurses deeply in the parsers: as much stack as main has. */
  private static final long STACK_BYTES = 8L << 20;

  private final Duration limit;
  private ExecutorService worker;

  TimeLimit(Duration limit) {
    this.limit = limit;
  }

  Duration limit() {
    return limit;
  }

  /** The task's result; a {@link TimeoutException} once it has run longer than the limit. */
  <T> T run(Callable<T> task) throws ExecutionException, TimeoutException {
    if (worker == null) {
      worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "briefing-read", STACK_BYTES);
        t.setDaemon(true);
        return t;
      });
    }
    Future<T> future = worker.submit(task);
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow();
      worker = null;
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
    }
  }
}
