package briefing.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * One task run on a thread of its own beside the caller, its result taken back with
 * {@link #join}: a step of the build that reads what the caller reads and writes nothing the
 * caller reads. The thread is a daemon, so a task that does not stop cannot keep the tool
 * running, and it has as much stack as the main thread (hostile input recurses deeply).
 *
 * @param <T> the task's result
 */
public final class Aside<T> implements AutoCloseable {
  private static final long STACK_BYTES = 8L << 20;

  private final FutureTask<T> task;

  private Aside(Callable<T> work) {
    this.task = new FutureTask<>(work);
  }

  /** Starts {@code work} on a thread named {@code name}. */
  public static <T> Aside<T> start(String name, Callable<T> work) {
    Aside<T> aside = new Aside<>(work);
    Thread thread = new Thread(null, aside.task, name, STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    return aside;
  }

  /** The task's result, once it is done; see {@link #resultOf}. */
  public T join() {
    return resultOf(task);
  }

  /**
   * The result of {@code future}, waiting for it; its failure is thrown here as it was thrown
   * there, an {@link IOException} as an {@link UncheckedIOException}.
   */
  public static <T> T resultOf(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a step of the build", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Interrupts the task where it is still running: the caller gave up before taking its result. */
  @Override
  public void close() {
    task.cancel(true);
  }
}
